using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Partijen;
using Zk.Domain.Wisselwerkingen;

namespace Zk.Domain.Werkplannen;

/// <summary>
/// Completeness (volledigheid) of a plan: the members whose type says they always have a value (required
/// properties, and the other members of a non-nullable reference type) but that a host set to null anyway
/// (<c>plan with { Titel = null! }</c>, <c>Acties = [null!]</c>, <c>default(Verwijzing)</c>). The compiler's
/// nullability annotations cannot stop that; every operation assumes it does not happen.
/// </summary>
/// <remarks>
/// <para>Each member is reported with its path as in the document, e.g. <c>acties[2].trekkerschap</c> or
/// <c>acties[0].raadsmomenten[1].bronnen[0].bron</c>, in document order. Below a null nothing is looked at.
/// Collections are <see cref="ValueArray{T}"/>, whose default is the empty array, so a collection itself is never
/// missing; its elements can be.</para>
/// <para>The walk is written out per model type (fast, and safe under trimming); a test compares it with the model
/// types' properties by reflection, so a new member that is not covered here fails the build's tests. Linear in the
/// size of the plan, once per plan instance; paths are built only for what is missing. Thread-safe.</para>
/// </remarks>
internal static class Volledigheid
{
    /// <summary>
    /// The paths of every null member of <paramref name="plan"/>, in document order; empty when it is complete. Walked
    /// once per plan instance; later calls (Validate, Schedule, Run on the same plan) reuse the answer.
    /// </summary>
    // A plan is immutable: what it misses is a fact of the instance, found once and kept with it (as its PlanIndex).
    public static ValueArray<string> Ontbrekend(Werkplan plan) => plan.AfgeleidOntbrekend.Of(plan, static p =>
        new StrongBox<ValueArray<string>>(Zoek(p, Plan))).Value;

    /// <summary>The paths of every null member of <paramref name="actie"/>, relative to it (e.g. <c>trekkerschap</c>).</summary>
    public static ValueArray<string> Ontbrekend(Actie actie) => Zoek(actie, Actie);

    // Nearly every plan is complete: a first walk only asks whether anything is null, keeping no path (no write per element
    // it enters) and stopping at the first null; only then a second walk of the same code collects every path.
    private static ValueArray<string> Zoek<T>(T wat, Action<Zoeker, T> walk)
    {
        var of = new Zoeker(Zoekwijze.Of);
        walk(of, wat);
        if (!of.IetsGevonden)
        {
            return [];
        }

        var alle = new Zoeker(Zoekwijze.Alle);
        walk(alle, wat);
        return alle.Gevonden;
    }

    /// <summary>The path of the first null member of <paramref name="plan"/> in document order; null when it is complete.</summary>
    public static string? EersteOntbrekend(Werkplan plan) => Ontbrekend(plan) is { IsEmpty: false } ontbrekend ? ontbrekend[0] : null;

    /// <summary>The path of the first null member of <paramref name="kalender"/>; null when it is complete.</summary>
    public static string? EersteOntbrekend(Vergaderkalender kalender)
    {
        var zoeker = new Zoeker(Zoekwijze.Eerste);
        zoeker.Lijst(kalender.Radenbijeenkomsten, "radenbijeenkomsten", Radenbijeenkomst);
        zoeker.Lijst(kalender.Blokkades, "blokkades", Blokkade);
        return zoeker.Gevonden.IsEmpty ? null : zoeker.Gevonden[0];
    }

    /// <summary>Throws when <paramref name="plan"/> has a null member: an operation's check of its argument.</summary>
    /// <param name="plan">The plan (not null itself).</param>
    /// <param name="parameter">The parameter's name, for the exception.</param>
    /// <exception cref="ArgumentException">A member that must have a value is null, or a date is not in the ISO calendar in
    /// the years 1 to 9999 (see <see cref="Isodatums"/>); the message names its path.</exception>
    public static void ThrowIfIncomplete(Werkplan plan, string parameter)
    {
        if (EersteOntbrekend(plan) is { } pad)
        {
            throw new ArgumentException(Melding(pad, "plan"), parameter);
        }

        Isodatums.ThrowIfNotIso(plan, parameter);
    }

    /// <summary>Throws when <paramref name="kalender"/> has a null member.</summary>
    /// <param name="kalender">The calendar (not null itself).</param>
    /// <param name="parameter">The parameter's name, for the exception.</param>
    /// <exception cref="ArgumentException">A member that must have a value is null, or a date is not in the ISO calendar in
    /// the years 1 to 9999; the message names its path.</exception>
    public static void ThrowIfIncomplete(Vergaderkalender kalender, string parameter)
    {
        if (EersteOntbrekend(kalender) is { } pad)
        {
            throw new ArgumentException(Melding(pad, "calendar"), parameter);
        }

        Isodatums.ThrowIfNotIso(kalender, parameter);
    }

    private static string Melding(string pad, string wat) =>
        $"The {wat} is incomplete: the member '{pad}' must have a value but is null. Validate reports such members as ZK004.";

    private static void Plan(Zoeker z, Werkplan p)
    {
        z.Waarde(p.Id, "id");
        z.Waarde(p.Titel, "titel");
        z.Waarde(p.Regio, "regio");
        z.Waarde(p.Looptijd, "looptijd");
        if (p.Convenant is { } convenant)
        {
            z.Binnen(convenant, "convenant", static (z, c) => z.Waarde(c.Naam, "naam"));
        }

        z.Waarde(p.Profiel, "profiel");
        if (p.Profiel is { } profiel)
        {
            z.Binnen(profiel, "profiel", Profiel);
        }

        z.Lijst(p.Deelnemers, "deelnemers");
        z.Lijst(p.Lidmaatschappen, "lidmaatschappen", static (z, x) => z.Waarde(x.Partij, "partij"));
        z.Lijst(p.Partijen, "partijen", static (z, x) =>
        {
            z.Waarde(x.Id, "id");
            z.Waarde(x.Naam, "naam");
        });
        z.Lijst(p.Uitgangspunten, "uitgangspunten", static (z, x) =>
        {
            z.Waarde(x.Id, "id");
            z.Waarde(x.Titel, "titel");
        });
        z.Lijst(p.Hoofdopgaven, "hoofdopgaven", static (z, x) =>
        {
            z.Waarde(x.Id, "id");
            z.Waarde(x.Naam, "naam");
        });
        z.Lijst(p.Acties, "acties", Actie);
        z.Lijst(p.Koppelkansen, "koppelkansen", Wisselwerking);
        z.Lijst(p.Vraagstukken, "vraagstukken", Wisselwerking);
        z.Lijst(p.Radenbijeenkomsten, "radenbijeenkomsten", Radenbijeenkomst);
        z.Lijst(p.Raadsvergaderingen, "raadsvergaderingen", static (z, x) => z.Waarde(x.Gemeente, "gemeente"));
        z.Lijst(p.Totstandkoming, "totstandkoming", Raadsmoment);
        z.Lijst(p.Voorbehouden, "voorbehouden", static (z, x) =>
        {
            z.Waarde(x.Bron, "bron");
            z.Waarde(x.Citaat, "citaat");
        });
        z.Lijst(p.Akkoorden, "akkoorden", Akkoord);
        z.Lijst(p.OverigeProjecten, "overigeProjecten", static (z, x) =>
        {
            z.Waarde(x.Id, "id");
            z.Waarde(x.Titel, "titel");
            z.Waarde(x.Bron, "bron");
        });
    }

    private static void Actie(Zoeker z, Actie a)
    {
        z.Waarde(a.Id, "id");
        z.Waarde(a.Titel, "titel");
        z.Waarde(a.Hoofdopgave, "hoofdopgave");
        z.Binnen(a.Trekkerschap, "trekkerschap", Trekkerschap);

        // The document writes the listed parties as the value of "projectorganisatie" itself.
        z.Binnen(a.Projectorganisatie, "projectorganisatie", static (z, o) => z.Lijst(o.Partijen, null));
        z.Lijst(a.Deelacties, "deelacties", static (z, d) =>
        {
            z.Waarde(d.Id, "id");
            z.Waarde(d.Titel, "titel");
            if (d.Trekkerschap is { } trekkerschap)
            {
                z.Binnen(trekkerschap, "trekkerschap", Trekkerschap);
            }

            z.Lijst(d.Betrokkenen, "betrokkenen");
        });
        z.Lijst(a.Resultaten, "resultaten", static (z, r) =>
        {
            z.Waarde(r.Id, "id");
            z.Waarde(r.Omschrijving, "omschrijving");
        });
        z.Lijst(a.Doelen, "doelen", static (z, d) =>
        {
            z.Waarde(d.Id, "id");
            z.Waarde(d.Omschrijving, "omschrijving");
            z.Waarde(d.Eenheid, "eenheid");
        });
        z.Binnen(a.Financiering, "financiering", static (z, f) => z.Lijst(f.Financiers, "financiers"));
        z.Lijst(a.Raadsmomenten, "raadsmomenten", Raadsmoment);
        z.Lijst(a.Voorwaarden, "voorwaarden", static (z, v) =>
        {
            z.Waarde(v.Omschrijving, "omschrijving");
            z.Binnen(v.Bron, "bron", Bronvermelding);
        });
    }

    private static void Trekkerschap(Zoeker z, Trekkerschap t)
    {
        z.Lijst(t.Bestuurlijk, "bestuurlijk");
        z.Lijst(t.Ambtelijk, "ambtelijk");
        z.Lijst(t.Partners, "partners");
    }

    private static void Raadsmoment(Zoeker z, Raadsmoment m)
    {
        z.Lijst(m.Bronnen, "bronnen", Bronvermelding);
        if (m.Afgeleid is { } afleiding)
        {
            z.Binnen(afleiding, "afgeleid", static (z, a) => z.Waarde(a.Reden, "reden"));
        }
    }

    private static void Profiel(Zoeker z, Bestuursprofiel p)
    {
        z.Waarde(p.Id, "id");
        z.Waarde(p.Naam, "naam");
        z.Lijst(p.Fasen, "fasen", static (z, f) =>
        {
            z.Waarde(f.Id, "id");
            z.Waarde(f.NaamNl, "naamNl");
            z.Waarde(f.NaamEn, "naamEn");
            z.Waarde(f.Afkorting, "afkorting");
        });
        z.Lijst(p.Bijeenkomstsoorten, "bijeenkomstsoorten", static (z, b) =>
        {
            z.Waarde(b.Id, "id");
            z.Waarde(b.NaamNl, "naamNl");
            z.Waarde(b.NaamEn, "naamEn");
        });
        z.Lijst(p.Regels, "regels", static (z, r) => z.Waarde(r.Code, "code"));
    }

    private static void Bronvermelding(Zoeker z, Bronvermelding b) => z.Waarde(b.Bron, "bron");

    private static void Radenbijeenkomst(Zoeker z, Radenbijeenkomst r) => z.Waarde(r.Id, "id");

    private static void Blokkade(Zoeker z, Blokkade b)
    {
        z.Waarde(b.Periode, "periode");
        z.Waarde(b.Reden, "reden");
    }

    private static void Wisselwerking(Zoeker z, Wisselwerking w)
    {
        z.Waarde(w.Id, "id");
        z.Waarde(w.Titel, "titel");
        z.Binnen(w.Van, "van", Verwijzing);
        z.Binnen(w.Naar, "naar", Verwijzing);
    }

    private static void Verwijzing(Zoeker z, Verwijzing v) => z.Waarde(v.Id, "id");

    private static void Akkoord(Zoeker z, Akkoord a)
    {
        z.Waarde(a.Id, "id");
        z.Waarde(a.Naam, "naam");
        z.Lijst(a.Acties, "acties");
        z.Lijst(a.Vaststellingen, "vaststellingen", static (z, v) =>
        {
            z.Waarde(v.Onderdeel, "onderdeel");
            z.Lijst(v.Gemeenten, "gemeenten");
            z.Binnen(v.Bron, "bron", Bronvermelding);
        });
        z.Lijst(a.Afspraken, "afspraken", static (z, x) =>
        {
            z.Waarde(x.Omschrijving, "omschrijving");
            z.Lijst(x.Gemeenten, "gemeenten");
            z.Binnen(x.Bron, "bron", Bronvermelding);
        });
    }

    // What a walk is after: whether anything is null (no paths kept), the first null's path, or every null's path.
    private enum Zoekwijze
    {
        Of,
        Eerste,
        Alle,
    }

    /// <summary>
    /// The walk's state: the path so far as a stack of segments (a path string is built only for a null), and what
    /// was found. Stops at the first null unless it is after every one.
    /// </summary>
    private sealed class Zoeker(Zoekwijze wijze)
    {
        // The path as a stack of segments, kept in an array (the walk pushes and pops once per element it enters); the
        // depth is counted in every walk, the segments written only when paths are wanted.
        private (string? Naam, int Index)[] _pad = new (string?, int)[8];
        private int _diepte;
        private List<string>? _gevonden;
        private bool _klaar;

        public ValueArray<string> Gevonden => _gevonden is null ? [] : _gevonden.ToValueArray();

        /// <summary>Whether a null was found (in every way of walking).</summary>
        public bool IetsGevonden => _klaar || _gevonden is not null;

        /// <summary>Reports <paramref name="naam"/> when <paramref name="waarde"/> is null.</summary>
        public void Waarde(object? waarde, string naam)
        {
            if (waarde is null && !_klaar)
            {
                Meld(naam, -1);
            }
        }

        /// <summary>Reports <paramref name="naam"/> when <paramref name="waarde"/> is null, and otherwise looks inside it.</summary>
        public void Binnen<T>(T? waarde, string naam, Action<Zoeker, T> binnen)
        {
            if (_klaar)
            {
                return;
            }

            if (waarde is null)
            {
                Meld(naam, -1);
                return;
            }

            Push(naam, -1);
            binnen(this, waarde);
            _diepte--;
        }

        /// <summary>Reports every null element of <paramref name="items"/>, and looks inside the others.</summary>
        /// <param name="items">The elements.</param>
        /// <param name="naam">The collection's name; null when the collection is the value of the current segment.</param>
        /// <param name="binnen">The walk of one element; null for elements without members (ids).</param>
        public void Lijst<T>(ValueArray<T> items, string? naam, Action<Zoeker, T>? binnen = null)
        {
            var span = items.AsSpan();
            if (binnen is null)
            {
                for (var i = 0; i < span.Length && !_klaar; i++)
                {
                    if (span[i] is null)
                    {
                        Meld(naam, i);
                    }
                }

                return;
            }

            for (var i = 0; i < span.Length && !_klaar; i++)
            {
                if (span[i] is not { } item)
                {
                    Meld(naam, i);
                }
                else
                {
                    Push(naam, i);
                    binnen(this, item);
                    _diepte--;
                }
            }
        }

        private void Push(string? naam, int index)
        {
            if (wijze != Zoekwijze.Of)
            {
                if (_diepte == _pad.Length)
                {
                    Array.Resize(ref _pad, _pad.Length * 2);
                }

                _pad[_diepte] = (naam, index);
            }

            _diepte++;
        }

        private void Meld(string? naam, int index)
        {
            if (wijze == Zoekwijze.Of)
            {
                _klaar = true;
                return;
            }

            var tekst = new StringBuilder();
            for (var k = 0; k < _diepte; k++)
            {
                Segment(tekst, _pad[k].Naam, _pad[k].Index);
            }

            Segment(tekst, naam, index);
            (_gevonden ??= []).Add(tekst.ToString());
            _klaar = wijze == Zoekwijze.Eerste;
        }

        private static void Segment(StringBuilder tekst, string? naam, int index)
        {
            if (naam is not null)
            {
                if (tekst.Length > 0)
                {
                    tekst.Append('.');
                }

                tekst.Append(naam);
            }

            if (index >= 0)
            {
                tekst.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }
    }
}
