using Microsoft.AspNetCore.Http.HttpResults;
using Zk.Domain.Bundled;
using Zk.Domain.Context;
using Zk.Domain.Documenten;
using Zk.Domain.Documenten.Export;
using Zk.Domain.Documenten.Web;
using Zk.Domain.Regels;
using Zk.Domain.Werkplannen;
using Zk.Domain.WebApi;

// The sample web API of docs/web-hosts.md:
//   POST /plannen/validate            a zk-werkplan document -> 200 findings, 400 problem (unreadable), 422 problem (errors)
//   POST /plannen/schedule            a zk-werkplan document, bound as a Werkplan parameter -> 200 the schedule
//   GET  /plannen/zuid-kennemerland   the bundled plan as its document
//   GET  /plannen/zuid-kennemerland/planning   the bundled plan's schedule
// Every endpoint takes ?taal=en for English (Dutch by default).
var builder = WebApplication.CreateSlimBuilder(args);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.AddZkDomain());

// A body that does not bind (a Werkplan parameter whose document is unreadable) reaches the exception handler below
// instead of becoming an empty 400.
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

var app = builder.Build();
app.UseExceptionHandler(handler => handler.Run(Fouten.Beantwoord));

// The bundled plan on its calendar: the schedule is made once and kept by the context.
var zuidKennemerland = new WerkplanContext(BundledPlans.ZuidKennemerland);

var plannen = app.MapGroup("/plannen");

plannen.MapPost("/validate", async Task<IResult> (HttpRequest request, string? taal, CancellationToken cancellationToken) =>
{
    var t = Talen.Van(taal);
    var gelezen = await WerkplanDocument.TryLoadAsync(request.Body, "request", cancellationToken);
    if (!gelezen.TryGetValue(out var plan, out var error))
    {
        return Fouten.Probleem(ProblemDetailsData.ForDocumentError(error, t, request.Path));
    }

    var bevindingen = new WerkplanContext(plan) { Opties = new ValidationOptions { Taal = t } }.Validate();
    return bevindingen.HasErrors()
        ? Fouten.Probleem(ProblemDetailsData.ForFindings(bevindingen, t, request.Path))
        : Json(bevindingen.ToJson());
});

plannen.MapPost("/schedule", (Werkplan plan, string? taal) =>
    Json(new WerkplanContext(plan).Schedule().ToJson(Talen.Van(taal))));

plannen.MapGet("/zuid-kennemerland", () => TypedResults.Ok(BundledPlans.ZuidKennemerland));

plannen.MapGet("/zuid-kennemerland/planning", (string? taal) =>
    Json(zuidKennemerland.Schedule().ToJson(Talen.Van(taal))));

app.Run();

// A JSON text the library wrote (an export), as the response body.
static ContentHttpResult Json(string json) => TypedResults.Text(json, "application/json; charset=utf-8");

/// <summary>The sample web API (top-level statements); public for <c>WebApplicationFactory&lt;Program&gt;</c> in the tests.</summary>
public partial class Program;
