namespace Zk.Domain.Inplannen;

/// <summary>
/// The scheduler's words: adds to <see cref="Woorden"/> the names of a <see cref="ToewijzingStatus"/>, an
/// <see cref="OnplanbaarReden"/>, a <see cref="BeperkingSoort"/> and a <see cref="Kalenderbron"/> (<c>Woorden.Naam(ToewijzingStatus.Verplaatst, Taal.Nl) == "verplaatst"</c>). The words
/// themselves are in the tables of <see cref="Woorden"/>; this only maps values to their <see cref="Woord"/>.
/// </summary>
/// <remarks>Pure and thread-safe.</remarks>
public static class Planningwoorden
{
    extension(Woorden)
    {
        /// <summary>How a moment got its meeting, for people.</summary>
        /// <param name="status">The status.</param>
        /// <param name="taal">The language.</param>
        public static string Naam(ToewijzingStatus status, Taal taal) => Woorden.Naam(
            status switch
            {
                ToewijzingStatus.Behouden => Woord.ToewijzingBehouden,
                ToewijzingStatus.Verplaatst => Woord.ToewijzingVerplaatst,
                ToewijzingStatus.Ingepland => Woord.ToewijzingIngepland,
                ToewijzingStatus.Toegevoegd => Woord.ToewijzingToegevoegd,
                _ => throw Woorden.Onbekend(status),
            },
            taal);

        /// <summary>Why a moment cannot be planned, in a few words (the full explanation is <see cref="OnplanbaarMoment.Melding(Taal, Besturing.Bestuursprofiel)"/>).</summary>
        /// <param name="reden">The reason.</param>
        /// <param name="taal">The language.</param>
        public static string Naam(OnplanbaarReden reden, Taal taal) => Woorden.Naam(
            reden switch
            {
                OnplanbaarReden.Deadline => Woord.OnplanbaarDeadline,
                OnplanbaarReden.AgendaVol => Woord.OnplanbaarCapaciteit,
                OnplanbaarReden.Blokkade => Woord.OnplanbaarBlokkade,
                OnplanbaarReden.Volgorde => Woord.OnplanbaarVolgorde,
                _ => throw Woorden.Onbekend(reden),
            },
            taal);

        /// <summary>The kind of a placement constraint, in a word or two (the constraint itself is <see cref="Beperking.Melding(Taal)"/>).</summary>
        /// <param name="soort">The kind.</param>
        /// <param name="taal">The language.</param>
        public static string Naam(BeperkingSoort soort, Taal taal) => Woorden.Naam(
            soort switch
            {
                BeperkingSoort.Periode => Woord.SoortPeriode,
                BeperkingSoort.Deadline => Woord.SoortDeadline,
                BeperkingSoort.Besluitvormingstermijn => Woord.SoortBesluitvormingstermijn,
                BeperkingSoort.Tussenruimte => Woord.SoortTussenruimte,
                BeperkingSoort.Blokkade => Woord.SoortBlokkade,
                BeperkingSoort.AgendaVol => Woord.SoortCapaciteit,
                BeperkingSoort.Volgorde => Woord.SoortVolgorde,
                _ => throw Woorden.Onbekend(soort),
            },
            taal);

        /// <summary>Where a calendar comes from, for output that states the calendar it used.</summary>
        /// <param name="bron">The source.</param>
        /// <param name="taal">The language.</param>
        public static string Naam(Kalenderbron bron, Taal taal) => Woorden.Naam(
            bron switch
            {
                Kalenderbron.EigenVergaderingen => Woord.KalenderEigenVergaderingen,
                Kalenderbron.Standaardpatroon => Woord.KalenderStandaardpatroon,
                Kalenderbron.Opgegeven => Woord.KalenderOpgegeven,
                _ => throw Woorden.Onbekend(bron),
            },
            taal);
    }
}
