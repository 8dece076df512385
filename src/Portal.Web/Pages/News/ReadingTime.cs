using Portal.Web.Search;

namespace Portal.Web.Pages.News;

/// <summary>How many minutes a news item takes to read, at a steady 200 words a minute, never less than one.</summary>
public static class ReadingTime
{
    private const int WordsPerMinute = 200;

    public static int Minutes(string summary, string bodyHtml)
    {
        var words = $"{summary} {PlainText.FromHtml(bodyHtml)}".Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return Math.Max(1, (int)Math.Ceiling(words / (double)WordsPerMinute));
    }
}
