namespace Zk.Domain.Regels;

/// <summary>
/// How <see cref="ValidationOptions"/> change one rule of the catalogue: switched off (its check does not run), or
/// reported with another severity (e.g. ZK052 as an error for a region that insists on the botsproef).
/// </summary>
/// <remarks>Created only through <see cref="Off"/> and <see cref="WithSeverity"/>, which check the code. Equality is structural. Immutable and thread-safe.</remarks>
public sealed record RegelInstelling
{
    private RegelInstelling(string code, bool uitgeschakeld, FindingSeverity? severity)
    {
        Code = code;
        IsUit = uitgeschakeld;
        Severity = severity;
    }

    /// <summary>The rule's code, e.g. <c>ZK043</c>.</summary>
    public string Code { get; }

    /// <summary>Whether the rule is switched off.</summary>
    public bool IsUit { get; }

    /// <summary>The severity its findings get instead of the catalogue's; null when the rule is switched off.</summary>
    public FindingSeverity? Severity { get; }

    /// <summary>The rule <paramref name="code"/> switched off.</summary>
    /// <param name="code">A code of the catalogue.</param>
    /// <exception cref="ArgumentException">The catalogue has no rule <paramref name="code"/>.</exception>
    public static RegelInstelling Off(string code) => new(Bekend(code), uitgeschakeld: true, severity: null);

    /// <summary>The rule <paramref name="code"/> reported with <paramref name="severity"/>.</summary>
    /// <param name="code">A code of the catalogue.</param>
    /// <param name="severity">The severity its findings get.</param>
    /// <exception cref="ArgumentException">The catalogue has no rule <paramref name="code"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined severity.</exception>
    public static RegelInstelling WithSeverity(string code, FindingSeverity severity)
    {
        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, "Not a defined severity.");
        }

        return new(Bekend(code), uitgeschakeld: false, severity);
    }

    /// <summary><c>ZK043 off</c> or <c>ZK052 error</c>.</summary>
    public override string ToString() => IsUit ? $"{Code} off" : $"{Code} {Woorden.Naam(Severity!.Value, Taal.En)}";

    private static string Bekend(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Regelcatalogus.TryGet(code, out _) ? code : throw new ArgumentException($"The catalogue has no rule {code}.", nameof(code));
    }
}
