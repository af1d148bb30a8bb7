using Zk.Domain.Besturing;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Regels;

/// <summary>
/// The rules' words: adds to <see cref="Woorden"/> the name of a <see cref="FindingSeverity"/>
/// (<c>Woorden.Naam(FindingSeverity.Warning, Taal.Nl) == "waarschuwing"</c>) and the words the rules' messages fill in.
/// The words themselves are in the tables of <see cref="Woorden"/>; this only maps values to their <see cref="Woord"/>.
/// </summary>
/// <remarks>Pure and thread-safe.</remarks>
public static class Regelwoorden
{
    extension(Woorden)
    {
        /// <summary>A severity's name for people (<c>fout</c>, <c>waarschuwing</c>, <c>info</c>; <c>error</c>, <c>warning</c>, <c>info</c>); JSON keeps its wire names.</summary>
        /// <param name="severity">The severity.</param>
        /// <param name="taal">The language.</param>
        public static string Naam(FindingSeverity severity, Taal taal) => Woorden.Naam(
            severity switch
            {
                FindingSeverity.Error => Woord.ErnstFout,
                FindingSeverity.Warning => Woord.ErnstWaarschuwing,
                FindingSeverity.Info => Woord.ErnstInfo,
                _ => throw Woorden.Onbekend(severity),
            },
            taal);

        /// <summary>A stage's name, for the rules' messages.</summary>
        internal static string Fase(Fase fase, Taal taal) => Woorden.Naam(fase, taal);

        /// <summary>A term before a noun ("korte"/"short"), for ZK012.</summary>
        internal static string Termijn(Termijn termijn, Taal taal) => Woorden.Bijvoeglijk(termijn, taal);

        /// <summary>"(geen)"/"(none)", for an action without council moments (ZK043).</summary>
        internal static string Geen(Taal taal) => Woorden.Naam(Woord.Geen, taal);
    }
}
