namespace Zk.Domain.Besturing;

/// <summary>
/// The capacity of a governance profile (<see cref="Bestuursprofiel.Plancapaciteit"/>): how many actions, or main tasks, a
/// plan of the cooperation can take up (rule ZK011). Zuid-Kennemerland: nine actions.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record Plancapaciteit
{
    /// <summary>The largest number the plan may count, zero or more.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public required int Aantal
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            field = value;
        }
    }

    /// <summary>What is counted: actions or main tasks.</summary>
    public required Capaciteitseenheid Telt { get; init; }

    /// <summary><c>9 acties</c> or <c>3 hoofdopgaven</c>.</summary>
    public override string ToString() =>
        Aantal.ToString(System.Globalization.CultureInfo.InvariantCulture) + (Telt == Capaciteitseenheid.Hoofdopgaven ? " hoofdopgaven" : " acties");
}
