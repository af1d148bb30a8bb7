using System.Reflection;
using System.Runtime.CompilerServices;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Conventions;

/// <summary>Conventions of the public API, checked by reflection over the package's assembly.</summary>
public class PublicApiConventionTests
{
    private static readonly Assembly Library = typeof(Werkplan).Assembly;

    private static IEnumerable<Type> PublicTypes => Library.GetExportedTypes();

    private static IEnumerable<Type> TypesIn(Type type)
    {
        yield return type;
        if (type.IsArray || type.IsByRef || type.IsPointer)
        {
            foreach (var inner in TypesIn(type.GetElementType()!))
            {
                yield return inner;
            }
        }

        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments().SelectMany(TypesIn))
            {
                yield return argument;
            }
        }
    }

    private static IEnumerable<(string Member, Type Type)> SignatureTypes(Type type)
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var property in type.GetProperties(Flags))
        {
            yield return ($"{type.Name}.{property.Name}", property.PropertyType);
        }

        foreach (var field in type.GetFields(Flags))
        {
            yield return ($"{type.Name}.{field.Name}", field.FieldType);
        }

        foreach (var method in type.GetMethods(Flags).Cast<MethodBase>().Concat(type.GetConstructors(Flags)))
        {
            if (method is MethodInfo info)
            {
                yield return ($"{type.Name}.{method.Name}", info.ReturnType);
            }

            foreach (var parameter in method.GetParameters())
            {
                yield return ($"{type.Name}.{method.Name}({parameter.Name})", parameter.ParameterType);
            }
        }
    }

    [Fact]
    public void No_DateTime_in_the_public_API()
    {
        Type[] forbidden = [typeof(DateTime), typeof(DateTimeOffset), typeof(TimeZoneInfo), typeof(DateOnly), typeof(TimeOnly)];
        var offenders = PublicTypes
            .SelectMany(SignatureTypes)
            .Where(s => TypesIn(s.Type).Any(forbidden.Contains))
            .Select(s => s.Member)
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Model_types_are_sealed_or_abstract_records_or_enums()
    {
        string[] modelNamespaces = ["Zk.Domain.Werkplannen", "Zk.Domain.Partijen", "Zk.Domain.Besturing", "Zk.Domain.Wisselwerkingen", "Zk.Domain.Collections", "Zk.Domain.Samenhang", "Zk.Domain.Tijd", "Zk.Domain.Inplannen", "Zk.Domain.Verloop"];
        // Names starting with '<' are the compiler's (e.g. the grouping types of C# 14 extension members), not ours.
        var model = PublicTypes.Where(t => modelNamespaces.Contains(t.Namespace) && !t.IsEnum && !(t.IsAbstract && t.IsSealed) && !t.Name.StartsWith('<')).ToList();
        Assert.NotEmpty(model);
        Assert.All(model, t =>
        {
            var isRecord = t.GetMethod("<Clone>$") is not null || t.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null;
            Assert.True(t.IsValueType || isRecord, $"{t.Name} is neither a value type nor a record");
            Assert.True(t.IsSealed || t.IsAbstract || t.IsValueType, $"{t.Name} is not sealed");
        });
    }

    [Fact]
    public void Public_properties_cannot_be_set_after_construction()
    {
        var mutable = PublicTypes
            .Where(t => !t.IsSubclassOf(typeof(Exception)))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();
        Assert.Empty(mutable);
    }

    [Fact]
    public void Collections_of_the_model_are_ValueArrays()
    {
        // Structural equality all the way down needs ValueArray: an array, list or ImmutableArray compares by reference.
        // (A DateInterval enumerates its days but is a value with NodaTime's equality.)
        string[] model = ["Zk.Domain.Werkplannen", "Zk.Domain.Partijen", "Zk.Domain.Besturing", "Zk.Domain.Wisselwerkingen", "Zk.Domain.Tijd"];
        var eigenschappen = PublicTypes
            .Where(t => model.Contains(t.Namespace))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .ToList();
        var andere = eigenschappen
            .Where(p => p.PropertyType != typeof(string) && p.PropertyType != typeof(NodaTime.DateInterval) && typeof(System.Collections.IEnumerable).IsAssignableFrom(p.PropertyType)
                && !(p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(Zk.Domain.Collections.ValueArray<>)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}: {p.PropertyType.Name}")
            .ToList();
        Assert.Empty(andere);
        Assert.True(eigenschappen.Count(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(Zk.Domain.Collections.ValueArray<>)) >= 30);
    }

    [Fact]
    public void Public_fields_are_constants_or_read_only()
    {
        var fields = PublicTypes
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsLiteral && !f.IsInitOnly && !f.DeclaringType!.IsEnum)
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}")
            .ToList();
        Assert.Empty(fields);
    }

    [Fact]
    public void Every_namespace_matches_its_folder()
    {
        // Folders show the architecture: Zk.Domain.Besturing lives in src/Zk.Domain/Besturing, and so on.
        var namespaces = PublicTypes.Select(t => t.Namespace!).Distinct().ToList();
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Zk.Domain"));
        Assert.All(namespaces, ns =>
        {
            var folder = Path.Combine([root, .. ns.Split('.').Skip(2)]);
            Assert.True(Directory.Exists(folder), $"{ns} has no folder {folder}");
        });
    }

    // Issue 16, point 3: verbs in English. The Dutch verbs and prepositions the API once used as method names (and their
    // kin); a public method of any of the packages named like one of them, or starting with one of the verb stems,
    // breaks the convention. Domain nouns in a name stay Dutch (IsAgendapunt, DeelnemersOp).
    private static readonly string[] NederlandseWerkwoorden =
        ["Genereer", "Vergelijk", "Bevat", "Herspeel", "Vul", "Kent", "Zonder", "Met", "Uit", "Van", "Voor", "Op", "Neemt", "Maak", "Lees", "Schrijf", "Bereken", "Controleer", "Plan"];

    [Fact]
    public void Public_methods_of_every_package_are_named_with_English_verbs()
    {
        Assembly[] pakketten =
        [
            Library,
            typeof(global::Zk.Domain.Regels.WerkplanValidator).Assembly,
            typeof(global::Zk.Domain.ICalendar.ICalendarExport).Assembly,
            typeof(global::Zk.Domain.OpenRaadsinformatie.OpenRaadsinformatieExport).Assembly,
            typeof(global::Zk.Domain.Excel.Werkboek).Assembly,
        ];
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var methoden = pakketten.SelectMany(a => a.GetExportedTypes())
            .SelectMany(t => t.GetMethods(Flags).Where(m => !m.IsSpecialName).Select(m => $"{t.Name}.{m.Name}"))
            .Distinct()
            .ToList();
        Assert.True(methoden.Count > 200, "too few public methods found: " + methoden.Count);

        static bool Nederlands(string naam) => NederlandseWerkwoorden.Any(w =>
            naam == w || (naam.StartsWith(w, StringComparison.Ordinal) && naam.Length > w.Length && char.IsUpper(naam[w.Length]) && w.Length > 3));
        var fout = methoden.Where(m => Nederlands(m[(m.IndexOf('.', StringComparison.Ordinal) + 1)..])).ToList();
        Assert.True(fout.Count == 0, "Dutch verbs in the public API: " + string.Join(", ", fout));
    }
}
