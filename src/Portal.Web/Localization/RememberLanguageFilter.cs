using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Web.Localization;

/// <summary>
/// Every public page a reader opens in a language saves that language as their choice, so that <c>/</c> brings them
/// back to it; pages that were not found or that redirect do not.
/// </summary>
public sealed class RememberLanguageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Result is PageResult && context.RouteData.Values["lang"] is string language && Languages.IsSupported(language))
        {
            LanguageCookie.Remember(context.HttpContext, language);
        }
    }
}
