using NodaTime;
using Zk.Domain.Besturing;
using Zk.Domain.Inplannen;
using Zk.Domain.Verloop;
using Zk.Domain.Werkplannen;

// Shared by the export packages: Zk.Domain.OpenRaadsinformatie compiles this file too (linked in its project file),
// so that both read a run the same way.
namespace Zk.Domain.Exports;

/// <summary>
/// Where every council moment stands for the feed: the schedule's assignments, then the run's events applied in order (a
/// moved moment goes to its new meeting and counts one revision more, a moment that falls off the schedule is off, a new
/// decision round is a placement of its own), the cancelled meetings and the councils' decisions.
/// </summary>
internal sealed class Stand
{
    private Stand(List<Plaatsing> plaatsingen, HashSet<string> geannuleerd, HashSet<string> gehouden, Dictionary<(string Actie, string Gemeente, int Ronde), RaadBesloten> besluiten)
    {
        Gehouden = gehouden;
        Plaatsingen = plaatsingen;
        Geannuleerd = geannuleerd;
        Besluiten = besluiten;
    }

    /// <summary>Every placement of a council moment, in the schedule's order, new rounds after them in the run's order.</summary>
    public List<Plaatsing> Plaatsingen { get; }

    /// <summary>The meetings the run cancelled.</summary>
    public HashSet<string> Geannuleerd { get; }

    /// <summary>The meetings the run held.</summary>
    public HashSet<string> Gehouden { get; }

    /// <summary>The councils' decisions of the run, by action, council and round.</summary>
    public Dictionary<(string Actie, string Gemeente, int Ronde), RaadBesloten> Besluiten { get; }

    public static Stand Van(Werkplan plan, Planning planning, Runverslag? run, int termijn)
    {
        var plaatsingen = new List<Plaatsing>();
        var rondes = new Dictionary<string, int>(StringComparer.Ordinal);

        // A decision of the schedule is round 1, 2, … of its action in date order (the run numbers its rounds so); the
        // placements keep the schedule's order (by action, then moment), which the agendas keep.
        var toewijzingen = planning.Toewijzingen;
        var rondeVan = new int[toewijzingen.Count];
        foreach (var i in Enumerable.Range(0, toewijzingen.Count).Where(i => plan.Profiel.IsBesluit(toewijzingen[i].Fase)).OrderBy(i => toewijzingen[i].Datum).ThenBy(i => i))
        {
            rondeVan[i] = rondes[toewijzingen[i].Actie] = rondes.GetValueOrDefault(toewijzingen[i].Actie) + 1;
        }

        for (var i = 0; i < toewijzingen.Count; i++)
        {
            var t = toewijzingen[i];
            plaatsingen.Add(new Plaatsing(t.Actie, t.Moment, t.Fase, rondeVan[i], t.Radenbijeenkomst, t.Datum));
        }

        var geannuleerd = new HashSet<string>(StringComparer.Ordinal);
        var gehouden = new HashSet<string>(StringComparer.Ordinal);
        var besluiten = new Dictionary<(string, string, int), RaadBesloten>();
        foreach (var p in plaatsingen.Where(p => p.Ronde > 0))
        {
            p.Raden.AddRange(plan.DeelnemersOp(Datums.Plus(p.Datum, termijn)));
        }

        foreach (var gebeurtenis in run?.Gebeurtenissen ?? default)
        {
            switch (gebeurtenis)
            {
                case BijeenkomstGehouden h:
                    gehouden.Add(h.Radenbijeenkomst);
                    break;
                case BijeenkomstGeannuleerd g:
                    geannuleerd.Add(g.Radenbijeenkomst);
                    break;
                case MomentVerschoven v when Laatste(plaatsingen, v.Actie, v.Moment, v.Fase) is { } p:
                    p.Versie++;
                    p.Eerder.Add(p.Datum);
                    if (v is { Naar: { } naar, NaarDatum: { } datum })
                    {
                        p.Radenbijeenkomst = naar;
                        p.Datum = datum;
                        if (p.Ronde > 0)
                        {
                            Voeg(p.Raden, plan.DeelnemersOp(Datums.Plus(datum, termijn)));
                        }
                    }
                    else
                    {
                        p.IsVervallen = true;
                    }

                    break;
                case RondeGepland { Naar: { } nieuweBijeenkomst, NaarDatum: { } nieuweDatum } r:
                    var nieuw = new Plaatsing(r.Actie, r.Moment, r.Fase, r.Ronde, nieuweBijeenkomst, nieuweDatum);
                    nieuw.Raden.AddRange(plan.DeelnemersOp(Datums.Plus(nieuweDatum, termijn)));
                    plaatsingen.Add(nieuw);
                    break;
                case RaadBesloten b:
                    besluiten[(b.Actie, b.Gemeente, b.Ronde)] = b;
                    break;
            }
        }

        return new Stand(plaatsingen, geannuleerd, gehouden, besluiten);
    }

    // The last placement of a moment: a later round of a decision is that moment again, and it is the one that moves.
    private static Plaatsing? Laatste(List<Plaatsing> plaatsingen, string actie, int moment, Fase fase)
    {
        for (var i = plaatsingen.Count - 1; i >= 0; i--)
        {
            var p = plaatsingen[i];
            if (p.Moment == moment && p.Fase == fase && string.Equals(p.Actie, actie, StringComparison.Ordinal))
            {
                return p;
            }
        }

        return null;
    }

    private static void Voeg(List<string> raden, Collections.ValueArray<string> erbij)
    {
        foreach (var gemeente in erbij)
        {
            if (!raden.Contains(gemeente, StringComparer.Ordinal))
            {
                raden.Add(gemeente);
            }
        }
    }
}

/// <summary>One council moment's place: its meeting now, how often the run moved it, whether it fell off the schedule.</summary>
internal sealed class Plaatsing(string actie, int moment, Fase fase, int ronde, string radenbijeenkomst, LocalDate datum)
{
    public string Actie { get; } = actie;

    public int Moment { get; } = moment;

    public Fase Fase { get; } = fase;

    /// <summary>The decision round (1, 2, …) for a decision; 0 for another stage.</summary>
    public int Ronde { get; } = ronde;

    public string Radenbijeenkomst { get; set; } = radenbijeenkomst;

    public LocalDate Datum { get; set; } = datum;

    /// <summary>How often the run moved it (or took it off the schedule): its SEQUENCE.</summary>
    public int Versie { get; set; }

    /// <summary>Whether it fell off the schedule (no meeting left).</summary>
    public bool IsVervallen { get; set; }

    /// <summary>The dates it was planned on before the run moved it, oldest first.</summary>
    public List<LocalDate> Eerder { get; } = [];

    /// <summary>For a decision: every council that is, or was before a move, a member on its decision date, in first-seen order.</summary>
    public List<string> Raden { get; } = [];
}

/// <summary>Day arithmetic clamped to the ISO calendar's years 1 to 9999 (a meeting late in 9999 plus a decision window).</summary>
internal static class Datums
{
    public static LocalDate Plus(LocalDate datum, int dagen)
    {
        var dag = (long)datum.ToDateOnly().DayNumber + dagen;
        dag = Math.Clamp(dag, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber);
        return LocalDate.FromDateOnly(DateOnly.FromDayNumber((int)dag));
    }
}

/// <summary>The parts of the exports' URNs (<c>urn:zk-domain:{plan}:…</c>).</summary>
internal static class Urns
{
    /// <summary>Percent-encoding of the UTF-8 of <paramref name="id"/> outside the unreserved characters of RFC 3986 (an unpaired surrogate as U+FFFD): unambiguous, no ':' left.</summary>
    public static string Codeer(string id)
    {
        var b = new System.Text.StringBuilder(id.Length);
        foreach (var octet in System.Text.Encoding.UTF8.GetBytes(id))
        {
            if (octet is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~')
            {
                b.Append((char)octet);
            }
            else
            {
                b.Append('%').Append(octet.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return b.ToString();
    }
}
