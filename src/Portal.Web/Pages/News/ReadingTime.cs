using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Web.Pages.News;

/// <summary>How many minutes a news item takes to read, at a steady 200 words a minute, never less than one.</summary>
public static partial class ReadingTime
{
    private const int WordsPerMinute = 200;

    public static int Minutes(string summary, string bodyHtml)
    {
        var text = summary + " " + WebUtility.HtmlDecode(Tag().Replace(bodyHtml, " "));
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return Math.Max(1, (int)Math.Ceiling(words / (double)WordsPerMinute));
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
