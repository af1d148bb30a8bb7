using System.Collections;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Bundled;
using Zk.Domain.Collections;
using Zk.Domain.Tijd;
using Zk.Domain.Werkplannen;
using static Zk.Domain.Tests.Generators.ModelReflectie;

namespace Zk.Domain.Tests.Generators;

/// <summary>
/// The equality law of the model's records, checked by reflection: a deep copy (no shared references, not even
/// strings) is equal with an equal hash code; changing any one member (each member of the type, chosen by reflection)
/// makes it unequal.
/// </summary>
internal static class ModelGelijkheid
{
    private static readonly Lazy<ILookup<Type, object>> Pool = new(() =>
    {
        var plannen = WerkplanGenerator.Werkplan.Sample(25, new Rnd(20261207UL, 9UL), 20).Prepend(BundledPlans.ZuidKennemerland).ToList();

        // Council meetings of the members' own councils: no bundled or generated plan has them.
        plannen.Add(BundledPlans.ZuidKennemerland with
        {
            Raadsvergaderingen = [new Raadsvergadering { Gemeente = BundledPlans.ZuidKennemerland.Deelnemers[0], Datum = BundledPlans.ZuidKennemerland.Looptijd.Start.PlusDays(40) }],
        });
        IEnumerable<object> wortels = [.. plannen, BundledPlans.ZuidKennemerlandKalender, Planningstabel.From(BundledPlans.ZuidKennemerland)];
        return wortels.SelectMany(Waarden).ToLookup(w => w.GetType());
    });

    /// <summary>The public record types of <paramref name="ns"/> whose values can be compared.</summary>
    public static IReadOnlyList<Type> TypenIn(string ns) =>
        [.. typeof(Werkplan).Assembly.GetExportedTypes().Where(t => t.Namespace == ns && !t.IsEnum && !t.IsAbstract && !t.IsInterface).OrderBy(t => t.Name, StringComparer.Ordinal)];

    /// <summary>Every failure of the law for the types of <paramref name="ns"/>, and how many member changes were tried.</summary>
    public static (List<string> Fouten, int Wijzigingen, int Typen) Controleer(string ns)
    {
        var fouten = new List<string>();
        var wijzigingen = 0;
        var typen = TypenIn(ns);
        foreach (var type in typen)
        {
            var voorbeelden = Pool.Value[type].Take(30).ToList();
            if (voorbeelden.Count == 0)
            {
                fouten.Add($"{type.Name}: no example value in the pool");
                continue;
            }

            foreach (var waarde in voorbeelden)
            {
                var kopie = DiepeKopie(waarde);
                // The two singleton forms of a project organisation (all members, none) are shared by design.
                var gedeeld = waarde is Projectorganisatie { Partijen.IsEmpty: true };
                if (!waarde.GetType().IsValueType && !gedeeld && ReferenceEquals(kopie, waarde))
                {
                    fouten.Add($"{type.Name}: the copy is the same instance");
                }

                if (!waarde.Equals(kopie) || waarde.GetHashCode() != kopie.GetHashCode() || !Operator(type, "op_Equality", waarde, kopie) || Operator(type, "op_Inequality", waarde, kopie))
                {
                    fouten.Add($"{type.Name}: a deep copy is not equal with an equal hash: {waarde}");
                }

                foreach (var p in Leden(type))
                {
                    var anders = Met(waarde, p, Anders(p, p.GetValue(waarde)));
                    wijzigingen++;
                    if (waarde.Equals(anders) || anders.Equals(waarde) || !Operator(type, "op_Inequality", waarde, anders))
                    {
                        fouten.Add($"{type.Name}.{p.Name}: a change leaves the value equal");
                    }
                }
            }
        }

        return (fouten, wijzigingen, typen.Count);
    }

    private static bool Operator(Type type, string naam, object a, object b) =>
        (bool)type.GetMethod(naam, BindingFlags.Public | BindingFlags.Static, [type, type])!.Invoke(null, [a, b])!;

    /// <summary>A copy that shares no reference with <paramref name="waarde"/>, strings included.</summary>
    public static object? DiepeKopie(object? waarde)
    {
        switch (waarde)
        {
            case null:
                return null;
            case string s:
                return new string(s.AsSpan());
            case DateInterval d:
                return new DateInterval(d.Start, d.End);
            case Fase f:
                return new Fase(new string(f.Id.AsSpan()));
            case Projectorganisatie o:
                return o.IsAlleDeelnemers ? Projectorganisatie.AlleDeelnemers : Projectorganisatie.From((ValueArray<string>)DiepeKopie(o.Partijen)!);
        }

        var type = waarde.GetType();
        if (IsValueArray(type, out var element))
        {
            var items = ((IEnumerable)waarde).Cast<object?>().Select(DiepeKopie).ToList();
            return ValueArrayMet(element, items, -1, null);
        }

        if (!IsModelType(type) || type == typeof(Kwartaal))
        {
            return waarde;
        }

        var kopie = Kopie(waarde);
        foreach (var p in Leden(type).Where(p => p.SetMethod is not null))
        {
            p.SetValue(kopie, DiepeKopie(p.GetValue(waarde)));
        }

        return kopie;
    }

    /// <summary>A value for <paramref name="p"/> that differs from <paramref name="waarde"/>.</summary>
    public static object? Anders(PropertyInfo p, object? waarde)
    {
        var type = p.PropertyType;
        var nullable = Nullable.GetUnderlyingType(type) is not null || (!type.IsValueType && !MoetWaardeHebben(p));
        if (waarde is not null && nullable)
        {
            return null;
        }

        var basis = Nullable.GetUnderlyingType(type) ?? type;
        return Anders(basis, waarde);
    }

    private static object Anders(Type type, object? waarde)
    {
        if (IsValueArray(type, out var element))
        {
            var items = ((IEnumerable)waarde!).Cast<object?>().ToList();
            return items.Count > 0
                ? ValueArrayMet(element, items.Take(items.Count - 1).ToList(), -1, null)
                : ValueArrayMet(element, [Anders(element, null)], -1, null);
        }

        switch (waarde)
        {
            case string s:
                return s + "·";
            case int i:
                return i + 1;
            case decimal d:
                return d + 1;
            case bool b:
                return !b;
            case LocalDate d:
                return d.PlusDays(1);
            case DateInterval d:
                return new DateInterval(d.Start, d.End.PlusDays(1));
            case Kwartaal k:
                return k == Kwartaal.MaxValue ? k.Previous() : k.Next();
            case Fase f:
                return new Fase(f.Id + "·");
            case Enum e:
                var waarden = Enum.GetValues(type).Cast<object>().ToList();
                return waarden[(waarden.IndexOf(e) + 1) % waarden.Count];
            case Projectorganisatie o:
                return o.IsAlleDeelnemers ? Projectorganisatie.From(["·"]) : Projectorganisatie.AlleDeelnemers;
            case not null when IsModelType(type):
                // A model value: change its first member.
                var eerste = Leden(type).First();
                return Met(waarde, eerste, Anders(eerste, eerste.GetValue(waarde)));
        }

        // No value yet: a fresh one.
        if (type == typeof(string))
        {
            return "·";
        }

        if (type == typeof(LocalDate))
        {
            return new LocalDate(2022, 1, 1);
        }

        if (type.IsValueType)
        {
            return Anders(type, Activator.CreateInstance(type));
        }

        return Pool.Value[type].FirstOrDefault() ?? throw new InvalidOperationException($"No example value of {type.Name}.");
    }
}
