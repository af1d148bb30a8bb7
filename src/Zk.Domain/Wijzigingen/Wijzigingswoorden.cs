namespace Zk.Domain.Wijzigingen;

/// <summary>
/// The words of the comparison of versions: adds to <see cref="Woorden"/> the name of an <see cref="ActiewijzigingSoort"/>
/// (<c>Woorden.Naam(ActiewijzigingSoort.Gewijzigd, Taal.En) == "changed"</c>). The words themselves are in the tables of
/// <see cref="Woorden"/>; this only maps values to their <see cref="Woord"/>.
/// </summary>
/// <remarks>Pure and thread-safe.</remarks>
public static class Wijzigingswoorden
{
    extension(Woorden)
    {
        /// <summary>How an action differs between two versions, for people.</summary>
        /// <param name="soort">The kind of change.</param>
        /// <param name="taal">The language.</param>
        public static string Naam(ActiewijzigingSoort soort, Taal taal) => Woorden.Naam(
            soort switch
            {
                ActiewijzigingSoort.Toegevoegd => Woord.ActieToegevoegd,
                ActiewijzigingSoort.Verwijderd => Woord.ActieVerwijderd,
                ActiewijzigingSoort.Gewijzigd => Woord.ActieGewijzigd,
                _ => throw Woorden.Onbekend(soort),
            },
            taal);
    }
}
