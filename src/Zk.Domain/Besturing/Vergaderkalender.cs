using NodaTime;
using Zk.Domain.Collections;
using Zk.Domain.Tijd;

namespace Zk.Domain.Besturing;

/// <summary>
/// A meeting calendar (vergaderkalender): the radenbijeenkomsten that will take place, with their capacity,
/// and the periods in which no joint meeting can be held.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Vergaderkalender
{
    // The meetings indexed by id, date and quarter, made on first use (see Afgeleid).
    internal Afgeleid<Bijeenkomstindex> AfgeleideIndex;

    /// <summary>An empty calendar, for an object initializer.</summary>
    public Vergaderkalender()
    {
    }

    // The copy that `with` makes: every member, not the original's index.
    private Vergaderkalender(Vergaderkalender original)
    {
        Radenbijeenkomsten = original.Radenbijeenkomsten;
        Blokkades = original.Blokkades;
    }

    /// <summary>The meetings, in any order.</summary>
    public ValueArray<Radenbijeenkomst> Radenbijeenkomsten { get; init; }

    /// <summary>The blocked periods.</summary>
    public ValueArray<Blokkade> Blokkades { get; init; }

    /// <summary>The meetings in <paramref name="kwartaal"/>, in calendar order.</summary>
    /// <param name="kwartaal">The quarter.</param>
    public IEnumerable<Radenbijeenkomst> In(Kwartaal kwartaal) =>
        Radenbijeenkomsten.Where(r => kwartaal.Contains(r.Datum)).OrderBy(r => r.Datum).ThenBy(r => r.Id, StringComparer.Ordinal);

    /// <summary>The blocked period that contains <paramref name="datum"/>, or null when the date is free.</summary>
    /// <param name="datum">The date.</param>
    public Blokkade? BlokkadeOp(LocalDate datum)
    {
        foreach (var blokkade in Blokkades)
        {
            if (blokkade.Periode.Contains(datum))
            {
                return blokkade;
            }
        }

        return null;
    }
}
