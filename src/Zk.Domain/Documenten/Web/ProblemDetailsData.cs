using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Zk.Domain.Collections;
using Zk.Domain.Documenten.Export;
using Zk.Domain.Regels;

namespace Zk.Domain.Documenten.Web;

/// <summary>
/// An RFC 9457 problem details object as plain data, for a host that answers HTTP requests about plans: the one mapping
/// of an unreadable document (<see cref="DocumentError"/>, status 400) and of a plan with errors (findings,
/// status 422) to <c>type</c>, <c>title</c>, <c>status</c>, <c>detail</c>, <c>instance</c> and the extension member
/// <c>errors</c>. No ASP.NET Core type is involved: <see cref="ToJson"/> writes the <c>application/problem+json</c> body,
/// or a host copies the members into its own problem details type.
/// </summary>
/// <param name="Type">A URI naming the kind of problem: <see cref="DocumentUnreadableType"/> or <see cref="PlanInvalidType"/>
/// (URNs: no host or registry is named, and they never change).</param>
/// <param name="Title">A short summary of the kind of problem, in the language asked for; the same for every problem of a kind.</param>
/// <param name="Status">The HTTP status code: <see cref="DocumentUnreadableStatus"/> (400) or <see cref="PlanInvalidStatus"/> (422).</param>
/// <param name="Detail">What went wrong this time, in one line in the language asked for.</param>
/// <param name="Instance">The URI of this occurrence (e.g. the request's path), or null to leave it out.</param>
/// <param name="Errors">The extension member <c>errors</c>: the document error (one entry) or the plan's findings.</param>
/// <remarks>
/// <para>The mapping, in <see cref="ForDocumentError"/> and <see cref="ForFindings"/> and nowhere else, is documented in
/// <c>docs/web-hosts.md</c>. Equality is structural. Immutable and thread-safe.</para>
/// </remarks>
public sealed record ProblemDetailsData(string Type, string Title, int Status, string Detail, string? Instance, ValueArray<ProblemDetailsError> Errors)
{
    /// <summary>The media type of a problem details body, <c>application/problem+json</c> (RFC 9457).</summary>
    public const string MediaType = "application/problem+json";

    /// <summary>The <see cref="Type"/> of a document that cannot be read: not JSON, not of the format, an unreadable or too large stream.</summary>
    public const string DocumentUnreadableType = "urn:zk-domain:problem:document-unreadable";

    /// <summary>The <see cref="Type"/> of a readable plan that breaks rules: at least one finding with severity error.</summary>
    public const string PlanInvalidType = "urn:zk-domain:problem:plan-invalid";

    /// <summary>The <see cref="Status"/> of a document that cannot be read: 400 Bad Request.</summary>
    public const int DocumentUnreadableStatus = 400;

    /// <summary>The <see cref="Status"/> of a plan with errors: 422 Unprocessable Content (the document was read, its plan is not consistent).</summary>
    public const int PlanInvalidStatus = 422;

    /// <summary>
    /// The problem of a document that cannot be read: status 400, <see cref="DocumentUnreadableType"/>, the error's one
    /// line (<see cref="DocumentError.ToString(Taal)"/>) as <see cref="Detail"/> and one entry in <see cref="Errors"/> with its
    /// source, JSON path, line, column, message (in <paramref name="taal"/>) and code (when it has one).
    /// </summary>
    /// <param name="error">Where and why reading failed.</param>
    /// <param name="taal">The language of the title, the detail and the message.</param>
    /// <param name="instance">The URI of this occurrence, e.g. the request's path; null leaves it out.</param>
    /// <returns>The problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public static ProblemDetailsData ForDocumentError(DocumentError error, Taal taal = Taal.Nl, string? instance = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        var fout = new ProblemDetailsError(error.Code, null, error.JsonPath, error.MessageIn(taal))
        {
            Source = error.Source,
            Line = error.Line,
            Column = error.Column,
        };
        return new ProblemDetailsData(
            DocumentUnreadableType,
            Tekst(taal, "The document cannot be read", "Het document is niet leesbaar"),
            DocumentUnreadableStatus,
            error.ToString(taal),
            instance,
            [fout]);
    }

    /// <summary>
    /// The problem of a plan with errors: status 422, <see cref="PlanInvalidType"/>, the number of errors and of findings as
    /// <see cref="Detail"/>, and every finding (errors, warnings and information, in the order given) in
    /// <see cref="Errors"/> with its code, severity, path and message (in the language the validation used).
    /// </summary>
    /// <param name="bevindingen">The findings of <c>Validate</c>; at least one is an error.</param>
    /// <param name="taal">The language of the title and the detail.</param>
    /// <param name="instance">The URI of this occurrence, e.g. the request's path; null leaves it out.</param>
    /// <returns>The problem.</returns>
    /// <exception cref="ArgumentException">No finding is an error (<see cref="WerkplanValidation.HasErrors"/> is false): that
    /// plan is no problem; answer with its findings.</exception>
    public static ProblemDetailsData ForFindings(ValueArray<Bevinding> bevindingen, Taal taal = Taal.Nl, string? instance = null)
    {
        if (!bevindingen.HasErrors())
        {
            throw new ArgumentException("No finding is an error: a plan without errors is no problem.", nameof(bevindingen));
        }

        var fouten = bevindingen.Count(b => b.Severity == FindingSeverity.Error);
        var detail = taal == Taal.Nl
            ? $"{Aantal(fouten, "fout", "fouten")} onder {Aantal(bevindingen.Count, "bevinding", "bevindingen")}: het werkplan is niet consistent."
            : $"{Aantal(fouten, "error", "errors")} among {Aantal(bevindingen.Count, "finding", "findings")}: the work plan is not consistent.";
        return new ProblemDetailsData(
            PlanInvalidType,
            Tekst(taal, "The work plan has errors", "Het werkplan bevat fouten"),
            PlanInvalidStatus,
            detail,
            instance,
            bevindingen.Select(b => new ProblemDetailsError(b.Code, b.Severity, b.Path, b.Message)).ToValueArray());
    }

    /// <summary>
    /// The problem of an exception that carries a document error: a <see cref="WerkplanDocumentException"/> itself or
    /// anywhere in its chain of inner exceptions, as the converters' <see cref="JsonException"/> inside the exception a web
    /// framework throws for a body that does not bind (ASP.NET Core's <c>BadHttpRequestException</c>).
    /// </summary>
    /// <param name="exception">The exception.</param>
    /// <param name="problem">The problem of the document error (<see cref="ForDocumentError"/>), when there is one.</param>
    /// <param name="taal">The language of the title, the detail and the message.</param>
    /// <param name="instance">The URI of this occurrence, e.g. the request's path; null leaves it out.</param>
    /// <returns>Whether the exception carries a document error; false for any other exception (text that is not JSON at
    /// all, which the serializer refuses before a converter runs, included).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static bool TryForException(Exception exception, [NotNullWhen(true)] out ProblemDetailsData? problem, Taal taal = Taal.Nl, string? instance = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is WerkplanDocumentException document)
            {
                problem = ForDocumentError(document.Error, taal, instance);
                return true;
            }
        }

        problem = null;
        return false;
    }

    /// <summary>
    /// The <c>application/problem+json</c> body: <c>type</c>, <c>title</c>, <c>status</c>, <c>detail</c>, <c>instance</c>
    /// (when set) and <c>errors</c>, each entry with the members it has (<c>code</c>, <c>severity</c> as <c>error</c>,
    /// <c>warning</c> or <c>info</c>, <c>source</c>, <c>path</c>, <c>line</c>, <c>column</c>, <c>message</c>); indented
    /// with line feeds, the same bytes on every platform.
    /// </summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonExport.Write(Schrijf);

    private void Schrijf(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("type", Type);
        w.WriteString("title", Title);
        w.WriteNumber("status", Status);
        w.WriteString("detail", Detail);
        if (Instance is not null)
        {
            w.WriteString("instance", Instance);
        }

        w.WriteStartArray("errors");
        foreach (var e in Errors)
        {
            w.WriteStartObject();
            if (e.Code is not null)
            {
                w.WriteString("code", e.Code);
            }

            if (e.Severity is { } severity)
            {
                w.WriteString("severity", WireNames.Naam(severity));
            }

            if (e.Source is not null)
            {
                w.WriteString("source", e.Source);
            }

            w.WriteString("path", e.Path);
            if (e.Line is { } line)
            {
                w.WriteNumber("line", line);
            }

            if (e.Column is { } column)
            {
                w.WriteNumber("column", column);
            }

            w.WriteString("message", e.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string Tekst(Taal taal, string en, string nl) => taal == Taal.Nl ? nl : en;

    private static string Aantal(int n, string een, string meer) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? een : meer);
}
