using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Zk.Domain.Documenten.Web;

namespace Zk.Domain.WebApi;

/// <summary>How the sample answers with problem details: the library's <see cref="ProblemDetailsData"/>, written as it is.</summary>
internal static class Fouten
{
    /// <summary>The problem as its <c>application/problem+json</c> body, with its status.</summary>
    public static ContentHttpResult Probleem(ProblemDetailsData probleem) =>
        TypedResults.Text(probleem.ToJson(), ProblemDetailsData.MediaType, Encoding.UTF8, probleem.Status);

    /// <summary>
    /// The exception handler: a request whose document did not bind (the converter's exception, inside ASP.NET Core's
    /// bad-request exception) gets the library's problem details; another bad request its status code; anything else 500.
    /// </summary>
    public static async Task Beantwoord(HttpContext context)
    {
        var fout = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var taal = Talen.Van(context.Request.Query["taal"]);
        if (fout is not null && ProblemDetailsData.TryForException(fout, out var probleem, taal, context.Request.Path))
        {
            await Probleem(probleem).ExecuteAsync(context);
            return;
        }

        context.Response.StatusCode = fout is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
    }
}
