using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.Web.Localization;

namespace Portal.Web.Cli.Export;

/// <summary>
/// The mirror's search page in each language: the site's own search page with its main content replaced by a note that a
/// copy cannot search, and a link to the official search. The search boxes of every page lead here.
/// </summary>
public sealed class SearchOnCopy(IStringLocalizer<SharedResource> text)
{
    public string Page(string liveSearchPage, string language, string officialSearch)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            var main = $"""
                <h1>{HtmlLinks.Encode(text["Search.Title"])}</h1>
                <p>{HtmlLinks.Encode(text["Search.OnCopy"])}</p>
                <p><a href="{HtmlLinks.Encode(officialSearch)}">{HtmlLinks.Encode(text["Search.OnCopyLink"])}</a></p>
                """;
            return HtmlLinks.MainContent().Replace(liveSearchPage, found => $"<main{found.Groups["attributes"].Value}>\n{main}\n</main>", 1);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
