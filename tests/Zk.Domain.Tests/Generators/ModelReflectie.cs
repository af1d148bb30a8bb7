using System.Collections;
using System.Reflection;
using Zk.Domain.Collections;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Generators;

/// <summary>
/// The model seen through reflection only, independently of the library's own walks: which members of a model type
/// must have a value (their type is a non-nullable reference, or they are elements of a <see cref="ValueArray{T}"/> of
/// non-nullable references), every place in a concrete plan where a host could put a null, and copies of a value with
/// one member replaced.
/// </summary>
internal static class ModelReflectie
{
    private static readonly Assembly Library = typeof(Werkplan).Assembly;
    private static readonly NullabilityInfoContext Nullability = new();
    private static readonly MethodInfo Kloon = typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!;

    // A record's copy as `with` makes it (its clone method, which calls its copy constructor: a plan's copy leaves out
    // what was derived from the original); a struct's fields otherwise.
    private static object Kopieer(object waarde) =>
        (waarde.GetType().GetMethod("<Clone>$", BindingFlags.Instance | BindingFlags.Public) ?? Kloon).Invoke(waarde, null)!;

    /// <summary>A type of the model that has members worth looking into (records and record structs of the library).</summary>
    public static bool IsModelType(Type type) => type.Assembly == Library && !type.IsEnum && !type.IsPrimitive;

    /// <summary>Whether <paramref name="type"/> is a <see cref="ValueArray{T}"/>, and of which element type.</summary>
    public static bool IsValueArray(Type type, out Type element)
    {
        element = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueArray<>) ? type.GetGenericArguments()[0] : typeof(void);
        return element != typeof(void);
    }

    /// <summary>
    /// The members that hold a model value's state: public instance properties with a setter (init), and the
    /// get-only collections (<see cref="Projectorganisatie.Partijen"/>).
    /// </summary>
    public static IEnumerable<PropertyInfo> Leden(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && (p.SetMethod is not null || IsValueArray(p.PropertyType, out _)))
            .OrderBy(p => p.MetadataToken);

    /// <summary>Whether the property's own value must not be null.</summary>
    public static bool MoetWaardeHebben(PropertyInfo p) =>
        !p.PropertyType.IsValueType && Info(p).ReadState == NullabilityState.NotNull;

    /// <summary>Whether the property is a collection whose elements must not be null.</summary>
    public static bool ElementenMoetenWaardeHebben(PropertyInfo p) =>
        IsValueArray(p.PropertyType, out var element) && !element.IsValueType
        && Info(p).GenericTypeArguments[0].ReadState == NullabilityState.NotNull;

    // The context caches and is not thread-safe; test classes run in parallel.
    private static NullabilityInfo Info(PropertyInfo p)
    {
        lock (Nullability)
        {
            return Nullability.Create(p);
        }
    }

    /// <summary>The JSON name of a member: its name in camel case.</summary>
    public static string Naam(PropertyInfo p) => char.ToLowerInvariant(p.Name[0]) + p.Name[1..];

    /// <summary>One place where a null can go: its path, which member it is (declaring type and property), and the plan with that null.</summary>
    public sealed record NullPlek(string Pad, string Lid, object Kopie)
    {
        public override string ToString() => $"{Lid} at {Pad}";
    }

    /// <summary>Every place in <paramref name="waarde"/> where a null can go, each with a copy of the whole value holding that null.</summary>
    public static IEnumerable<NullPlek> NullPlekken(object waarde, string pad = "")
    {
        var type = waarde.GetType();
        foreach (var p in Leden(type))
        {
            var lid = $"{p.DeclaringType!.Name}.{p.Name}";
            var eigen = Verder(pad, Naam(p));

            // The document writes a listed project organisation as the array itself.
            var binnenPad = type == typeof(Projectorganisatie) ? pad : eigen;
            var inhoud = p.GetValue(waarde);
            if (MoetWaardeHebben(p))
            {
                yield return new NullPlek(eigen, lid, Met(waarde, p, null));
            }

            if (inhoud is null)
            {
                continue;
            }

            if (IsValueArray(p.PropertyType, out var element))
            {
                var items = ((IEnumerable)inhoud).Cast<object?>().ToList();
                for (var i = 0; i < items.Count; i++)
                {
                    var elementPad = $"{binnenPad}[{i}]";
                    if (ElementenMoetenWaardeHebben(p))
                    {
                        yield return new NullPlek(elementPad, lid + "[]", Met(waarde, p, ValueArrayMet(element, items, i, null)));
                    }

                    if (items[i] is { } item && IsModelType(item.GetType()))
                    {
                        var index = i;
                        foreach (var plek in NullPlekken(item, elementPad))
                        {
                            yield return plek with { Kopie = Met(waarde, p, ValueArrayMet(element, items, index, plek.Kopie)) };
                        }
                    }
                }
            }
            else if (IsModelType(inhoud.GetType()))
            {
                foreach (var plek in NullPlekken(inhoud, eigen))
                {
                    yield return plek with { Kopie = Met(waarde, p, plek.Kopie) };
                }
            }
        }
    }

    /// <summary>The members that must have a value of every model type reachable from <paramref name="root"/>, as <c>Type.Property</c> (<c>[]</c> for elements).</summary>
    public static SortedSet<string> AlleVerplichteLeden(Type root)
    {
        var uit = new SortedSet<string>(StringComparer.Ordinal);
        var gezien = new HashSet<Type>();
        var werk = new Queue<Type>([root]);
        while (werk.TryDequeue(out var type))
        {
            if (!gezien.Add(type))
            {
                continue;
            }

            // An abstract record's values are its concrete subtypes'.
            foreach (var sub in Library.GetTypes().Where(t => t.IsSubclassOf(type) && !t.IsAbstract))
            {
                werk.Enqueue(sub);
            }

            foreach (var p in Leden(type))
            {
                var lid = $"{p.DeclaringType!.Name}.{p.Name}";
                if (MoetWaardeHebben(p))
                {
                    uit.Add(lid);
                }

                if (ElementenMoetenWaardeHebben(p))
                {
                    uit.Add(lid + "[]");
                }

                var inner = IsValueArray(p.PropertyType, out var element) ? element : Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
                if (IsModelType(inner))
                {
                    werk.Enqueue(inner);
                }
            }
        }

        return uit;
    }

    /// <summary>A copy of <paramref name="waarde"/> with <paramref name="p"/> set to <paramref name="nieuw"/> (through its init setter, as <c>with</c> does).</summary>
    public static object Met(object waarde, PropertyInfo p, object? nieuw)
    {
        if (p.DeclaringType == typeof(Projectorganisatie))
        {
            // No setter: the listed form is made from its parties.
            return Projectorganisatie.From((ValueArray<string>)nieuw!);
        }

        var kopie = Kopieer(waarde);
        p.SetValue(kopie, nieuw);
        return kopie;
    }

    /// <summary>A shallow copy (a record's or a boxed struct's fields).</summary>
    public static object Kopie(object waarde) => Kopieer(waarde);

    /// <summary>A <see cref="ValueArray{T}"/> of <paramref name="element"/> holding <paramref name="items"/> with item <paramref name="index"/> replaced.</summary>
    public static object ValueArrayMet(Type element, IReadOnlyList<object?> items, int index, object? nieuw)
    {
        var array = Array.CreateInstance(element, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            array.SetValue(i == index ? nieuw : items[i], i);
        }

        return Activator.CreateInstance(typeof(ValueArray<>).MakeGenericType(element), array)!;
    }

    /// <summary>Every model value inside <paramref name="waarde"/> (itself included), depth first.</summary>
    public static IEnumerable<object> Waarden(object waarde)
    {
        yield return waarde;
        foreach (var p in Leden(waarde.GetType()))
        {
            var inhoud = p.GetValue(waarde);
            IEnumerable<object?> binnen = inhoud is null ? [] : IsValueArray(p.PropertyType, out _) ? ((IEnumerable)inhoud).Cast<object?>() : [inhoud];
            foreach (var item in binnen)
            {
                if (item is not null && IsModelType(item.GetType()))
                {
                    foreach (var w in Waarden(item))
                    {
                        yield return w;
                    }
                }
            }
        }
    }

    private static string Verder(string pad, string naam) => pad.Length == 0 ? naam : $"{pad}.{naam}";
}
