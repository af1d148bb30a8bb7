using System.Runtime.CompilerServices;
using NodaTime;
using Zk.Domain.Besturing;

namespace Zk.Domain.Werkplannen;

/// <summary>
/// The operations' check that every date of a plan or calendar is one the model can reckon with: in the ISO calendar, in
/// the years 1 to 9999 (as the document loader reads them). A date in another calendar (NodaTime's Julian one, say) is
/// refused with an <see cref="ArgumentException"/> naming its path, never converted or shifted silently.
/// </summary>
/// <remarks>Linear in the plan's dates, once per plan instance (the answer is kept with it). Thread-safe.</remarks>
internal static class Isodatums
{
    /// <summary>Throws when a date of <paramref name="plan"/> (complete: no null members) is outside the ISO years 1 to 9999.</summary>
    /// <exception cref="ArgumentException">Such a date; the message names its path.</exception>
    public static void ThrowIfNotIso(Werkplan plan, string parameter)
    {
        if (plan.AfgeleideIsofout.Of(plan, static p => new StrongBox<string?>(Eerste(p))).Value is { } pad)
        {
            throw new ArgumentException(Melding(pad, "plan"), parameter);
        }
    }

    /// <summary>Throws when a date of <paramref name="kalender"/> (complete) is outside the ISO years 1 to 9999.</summary>
    /// <exception cref="ArgumentException">Such a date; the message names its path.</exception>
    public static void ThrowIfNotIso(Vergaderkalender kalender, string parameter)
    {
        if (Eerste(kalender) is { } pad)
        {
            throw new ArgumentException(Melding(pad, "calendar"), parameter);
        }
    }

    /// <summary>Throws when a date of <paramref name="blokkades"/> is outside the ISO years 1 to 9999.</summary>
    /// <exception cref="ArgumentException">Such a date; the message names its path.</exception>
    public static void ThrowIfNotIso(Collections.ValueArray<Blokkade> blokkades, string parameter)
    {
        for (var i = 0; i < blokkades.Count; i++)
        {
            if (blokkades[i]?.Periode is { } periode && (!IsIso(periode.Start) || !IsIso(periode.End)))
            {
                throw new ArgumentException(Melding(Pad("blokkades", i) + ".periode", "options"), parameter);
            }
        }
    }

    /// <summary>Throws when <paramref name="datum"/> is outside the ISO years 1 to 9999.</summary>
    /// <exception cref="ArgumentException">It is.</exception>
    public static void ThrowIfNotIso(LocalDate datum, string parameter)
    {
        if (!IsIso(datum))
        {
            throw new ArgumentException(Melding(null, "date"), parameter);
        }
    }

    /// <summary>Whether <paramref name="datum"/> is in the ISO calendar, in the years 1 to 9999.</summary>
    public static bool IsIso(LocalDate datum) => datum.Calendar == CalendarSystem.Iso && datum.Year is >= 1 and <= 9999;

    /// <summary>The message for a date at <paramref name="pad"/> of <paramref name="wat"/> (or a date as such, when null).</summary>
    public static string Melding(string? pad, string wat) =>
        (pad is null ? "The date" : $"The {wat}'s date '{pad}'")
        + " is not in the ISO calendar in the years 1 to 9999; convert it explicitly (LocalDate.WithCalendar(CalendarSystem.Iso)).";

    private static string? Eerste(Werkplan p)
    {
        if (!IsIso(p.Looptijd.Start))
        {
            return "looptijd.begin";
        }

        if (!IsIso(p.Looptijd.End))
        {
            return "looptijd.einde";
        }

        if (p.Convenant is { } convenant && !IsIso(convenant.Ondertekend))
        {
            return "convenant.ondertekend";
        }

        for (var i = 0; i < p.Lidmaatschappen.Count; i++)
        {
            var l = p.Lidmaatschappen[i];
            if ((l.Vanaf is { } vanaf && !IsIso(vanaf)) || (l.TotEnMet is { } tot && !IsIso(tot)))
            {
                return Pad("lidmaatschappen", i);
            }
        }

        for (var i = 0; i < p.Acties.Count; i++)
        {
            var voorwaarden = p.Acties[i].Voorwaarden;
            for (var j = 0; j < voorwaarden.Count; j++)
            {
                if (voorwaarden[j].Uiterlijk is { } uiterlijk && !IsIso(uiterlijk))
                {
                    return Pad("acties", i) + Pad(".voorwaarden", j) + ".uiterlijk";
                }
            }
        }

        for (var i = 0; i < p.Raadsvergaderingen.Count; i++)
        {
            if (!IsIso(p.Raadsvergaderingen[i].Datum))
            {
                return Pad("raadsvergaderingen", i) + ".datum";
            }
        }

        return Bijeenkomsten(p.Radenbijeenkomsten);
    }

    private static string? Eerste(Vergaderkalender k)
    {
        if (Bijeenkomsten(k.Radenbijeenkomsten) is { } pad)
        {
            return pad;
        }

        for (var i = 0; i < k.Blokkades.Count; i++)
        {
            if (k.Blokkades[i]?.Periode is { } periode && (!IsIso(periode.Start) || !IsIso(periode.End)))
            {
                return Pad("blokkades", i) + ".periode";
            }
        }

        return null;
    }

    private static string? Bijeenkomsten(Collections.ValueArray<Radenbijeenkomst> bijeenkomsten)
    {
        for (var i = 0; i < bijeenkomsten.Count; i++)
        {
            if (bijeenkomsten[i] is { } bijeenkomst && !IsIso(bijeenkomst.Datum))
            {
                return Pad("radenbijeenkomsten", i) + ".datum";
            }
        }

        return null;
    }

    /// <summary>A list element's path, e.g. <c>acties[2]</c>.</summary>
    public static string Pad(string naam, int i) => naam + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
}
