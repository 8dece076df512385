using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Portal.Web.Areas.Admin.News;

/// <summary>
/// Reads a page's URL-encoded form so that a NUL character or a field of a few megabytes reaches the form rules, which name it
/// next to its field with the text kept. ASP.NET Core's own form reader refuses a whole form holding a NUL (%00), and any field
/// over 4 MB, which the editor would see as a blank 400 with the text lost. Line breaks come in as browsers send a text
/// area's, CRLF, and go on as LF: the files and the database keep LF, and a CR written back into a text area (from the
/// model state, as sent) would be an invalid <c>&amp;#xD;</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LenientFormReadingAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>Large enough for a field pasted far over the body's 100 KB, small enough to bound the memory of one request.</summary>
    public const int MaxFieldLength = 16 * 1024 * 1024;

    // After the newsroom's authorization (0), so that only an editor's form is read; before the antiforgery check (1000),
    // the first to read the form.
    public int Order => 500;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            || context.HttpContext.Features.Get<IFormFeature>()?.Form is not null)
        {
            return;
        }

        try
        {
            // The older FormReader decodes with Uri.UnescapeDataString, which keeps a NUL for the form rules to name.
            using var reader = new FormReader(request.Body) { ValueLengthLimit = MaxFieldLength };
            var fields = await reader.ReadFormAsync(context.HttpContext.RequestAborted);
            var withLineFeeds = fields.ToDictionary(field => field.Key,
                field => new StringValues(field.Value.Select(value => value?.Replace("\r\n", "\n", StringComparison.Ordinal)).ToArray()));
            context.HttpContext.Features.Set<IFormFeature>(new FormFeature(new FormCollection(withLineFeeds)));
        }
        catch (InvalidDataException)
        {
            context.Result = new BadRequestResult(); // a field over the bound, or too many fields: no form to show again
        }
        catch (BadHttpRequestException e)
        {
            context.Result = new StatusCodeResult(e.StatusCode); // the server's own limit on a request's size
        }
    }
}
