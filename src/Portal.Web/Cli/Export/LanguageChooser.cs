using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Portal.Web.Localization;

namespace Portal.Web.Cli.Export;

/// <summary>
/// The mirror's index.html: the live site's root redirects to the reader's language, which a static copy cannot do, so
/// it offers the four languages instead, each in its own words.
/// </summary>
public sealed class LanguageChooser(IStringLocalizer<SharedResource> text)
{
    /// <param name="links">The link to each language's home page, by language.</param>
    /// <param name="stylesheet">The link to the site's stylesheet, or null without one.</param>
    public byte[] Page(IReadOnlyDictionary<string, string> links, string? stylesheet, string officialHome)
    {
        var html = new StringBuilder();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="{Languages.English}" dir="ltr">
            <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{HtmlLinks.Encode(In(Languages.English, "SiteName"))}</title>
                <link rel="canonical" href="{HtmlLinks.Encode(officialHome)}">

            """);
        if (stylesheet is not null)
        {
            html.Append($"    <link rel=\"stylesheet\" href=\"{HtmlLinks.Encode(stylesheet)}\">\n");
        }

        html.Append($"""
            </head>
            <body>
                <main id="main" class="wrap">
                    <h1>{HtmlLinks.Encode(In(Languages.English, "CouncilOfEurope"))}</h1>
                    <ul class="language-choice">

            """);
        foreach (var language in Languages.All)
        {
            html.Append($"""
                        <li lang="{language}"><a href="{HtmlLinks.Encode(links[language])}" hreflang="{language}">{HtmlLinks.Encode(Languages.NativeName(language))}</a> · {HtmlLinks.Encode(In(language, "SiteName"))}</li>

                """);
        }

        html.Append("""
                    </ul>
                </main>
            </body>
            </html>

            """);
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private string In(string language, string key)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return text[key];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
