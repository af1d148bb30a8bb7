namespace Zk.Domain.Regels;

/// <summary>How serious a finding is.</summary>
public enum FindingSeverity
{
    /// <summary>The plan breaks a rule: it is not consistent (exit code 1 in the sample's <c>validate</c>).</summary>
    Error,

    /// <summary>Something the councils should look at; the plan is still consistent.</summary>
    Warning,

    /// <summary>Information, e.g. where two sources of the plan differ.</summary>
    Info,
}
