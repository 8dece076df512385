/// <summary>Generated news items written as content/news/&lt;slug&gt;.&lt;lang&gt;.md files, for the importer to read.</summary>
internal static class GeneratedNewsFiles
{
    public static async Task WriteAsync(string contentFolder, int count)
    {
        var news = Directory.CreateDirectory(Path.Combine(contentFolder, "news")).FullName;
        foreach (var item in GeneratedNews.Create(count))
        {
            foreach (var text in item.Texts)
            {
                await File.WriteAllTextAsync(Path.Combine(news, $"{item.Slug}.{text.Language}.md"), Markdown(item, text));
            }
        }
    }

    private static string Markdown(GeneratedItem item, GeneratedText text) => $"""
        ---
        title: "{text.Title}"
        summary: "{text.Summary}"
        date: "{GeneratedNews.Day(item.Date)}"
        place: "{text.Place}"
        institution: "{item.Institution}"
        ---

        {string.Join("\n\n", text.Paragraphs)}

        """;
}
