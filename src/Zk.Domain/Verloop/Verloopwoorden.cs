namespace Zk.Domain.Verloop;

/// <summary>
/// The run's words: adds to <see cref="Woorden"/> the names of an <see cref="ActieStatus"/>, a
/// <see cref="Besluitstand"/>, a <see cref="Raadsbesluit"/>, a <see cref="Besluituitkomst"/>, an <see cref="Oordeel"/> and a <see cref="StapSoort"/>
/// (<c>Woorden.Naam(ActieStatus.OpSchema, Taal.En) == "on schedule"</c>). The words themselves are in the tables of
/// <see cref="Woorden"/>; this only maps values to their <see cref="Woord"/>.
/// </summary>
/// <remarks>Pure and thread-safe.</remarks>
public static class Verloopwoorden
{
    extension(Woorden)
    {
        /// <summary>An action's status, for people.</summary>
        /// <param name="status">The status.</param>
        /// <param name="taal">The language.</param>
        public static string Naam(ActieStatus status, Taal taal) => Woorden.Naam(
            status switch
            {
                ActieStatus.OpSchema => Woord.StatusOpSchema,
                ActieStatus.Risico => Woord.StatusRisico,
                ActieStatus.Vertraagd => Woord.StatusVertraagd,
                ActieStatus.Vastgesteld => Woord.StatusVastgesteld,
                ActieStatus.Gestopt => Woord.StatusGestopt,
                _ => throw Woorden.Onbekend(status),
            },
            taal);

        /// <summary>Where the councils' decisions on a proposal stand, for people.</summary>
        /// <param name="stand">The state.</param>
        /// <param name="taal">The language.</param>
        public static string Naam(Besluitstand stand, Taal taal) => Woorden.Naam(
            stand switch
            {
                Besluitstand.Open => Woord.BesluitstandOpen,
                Besluitstand.Vastgesteld => Woord.BesluitstandVastgesteld,
                Besluitstand.DeelsAangenomen => Woord.BesluitstandDeelsAangenomen,
                Besluitstand.Verworpen => Woord.BesluitstandVerworpen,
                Besluitstand.VastgesteldMetAfwijkingen => Woord.BesluitstandVastgesteldMetAfwijkingen,
                _ => throw Woorden.Onbekend(stand),
            },
            taal);

        /// <summary>A council's decision, for people.</summary>
        /// <param name="besluit">The decision.</param>
        /// <param name="taal">The language.</param>
        public static string Naam(Raadsbesluit besluit, Taal taal) => Woorden.Naam(
            besluit switch
            {
                Raadsbesluit.Aangenomen => Woord.BesluitAangenomen,
                Raadsbesluit.Verworpen => Woord.BesluitVerworpen,
                Raadsbesluit.Geamendeerd => Woord.BesluitGeamendeerd,
                _ => throw Woorden.Onbekend(besluit),
            },
            taal);

        /// <summary>A decision round's outcome, for people.</summary>
        /// <param name="uitkomst">The outcome.</param>
        /// <param name="taal">The language.</param>
        public static string Naam(Besluituitkomst uitkomst, Taal taal) => Woorden.Naam(
            uitkomst switch
            {
                Besluituitkomst.Vastgesteld => Woord.UitkomstVastgesteld,
                Besluituitkomst.VastgesteldMetAfwijkingen => Woord.UitkomstVastgesteldMetAfwijkingen,
                Besluituitkomst.Herafstemming => Woord.UitkomstHerafstemming,
                Besluituitkomst.Verworpen => Woord.UitkomstVerworpen,
                _ => throw Woorden.Onbekend(uitkomst),
            },
            taal);

        /// <summary>The regional board's verdict on an amendment, for people.</summary>
        /// <param name="oordeel">The verdict.</param>
        /// <param name="taal">The language.</param>
        public static string Naam(Oordeel oordeel, Taal taal) => Woorden.Naam(
            oordeel switch
            {
                Oordeel.Open => Woord.OordeelOpen,
                Oordeel.Acceptabel => Woord.OordeelAcceptabel,
                Oordeel.NietAcceptabel => Woord.OordeelNietAcceptabel,
                _ => throw Woorden.Onbekend(oordeel),
            },
            taal);

        /// <summary>A scenario step's kind, for people.</summary>
        /// <param name="soort">The kind.</param>
        /// <param name="taal">The language.</param>
        public static string Naam(StapSoort soort, Taal taal) => Woorden.Naam(
            soort switch
            {
                StapSoort.Verwerpt => Woord.StapVerwerpt,
                StapSoort.Amendeert => Woord.StapAmendeert,
                StapSoort.Annuleert => Woord.StapAnnuleert,
                StapSoort.Vertraagt => Woord.StapVertraagt,
                StapSoort.Financiering => Woord.StapFinanciering,
                _ => throw Woorden.Onbekend(soort),
            },
            taal);
    }
}
