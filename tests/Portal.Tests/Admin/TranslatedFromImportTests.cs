using Portal.Tests.Infrastructure;
using Portal.Web.Content;

namespace Portal.Tests.Admin;

/// <summary>A news translation file's <c>translated-from:</c> tells the newsroom whether it was made from the English file there now.</summary>
public sealed class TranslatedFromImportTests : IDisposable
{
    private const string Slug = "2025-03-26-sessions";
    private readonly string content = TestPaths.CopyOfFixtureContent();
    private readonly CopiedContentNewsroom factory;

    public TranslatedFromImportTests()
    {
        var english = GitBlob.HashOf(Path.Combine(content, "news", Slug + ".en.md"));
        Stamp("fr", english);
        Stamp("ru", "0123456789abcdef0123456789abcdef01234567"); // an English version that is not there any more
        factory = new CopiedContentNewsroom(content);
    }

    [Fact]
    public async Task A_translation_file_made_from_another_English_version_is_shown_older_than_the_English()
    {
        var client = await factory.EditorClientAsync();
        var id = int.Parse((await client.GetDocumentAsync("/admin")).QuerySelectorAll("tbody th a")
            .Single(a => a.TextContent == "Sessions open to the democratic forces").GetAttribute("href")!.Split('/')[3],
            System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal("up to date", await client.ListedStateAsync(id, "fr"));
        Assert.Equal("older than the English", await client.ListedStateAsync(id, "ru"));
        Assert.Equal("up to date", await client.ListedStateAsync(id, "be")); // no translated-from: made from the English imported with it
        var page = await client.SideBySideAsync(id, "ru");
        Assert.Contains("The English this translation was made from is not known", page.QuerySelector(".translation-review")!.TextContent);
        var reader = await factory.ReadyClientAsync();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await reader.GetAsync($"/ru/news/{Slug}")).StatusCode);
    }

    public void Dispose()
    {
        factory.Dispose();
        Directory.Delete(content, recursive: true);
    }

    private void Stamp(string language, string hash)
    {
        var path = Path.Combine(content, "news", $"{Slug}.{language}.md");
        File.WriteAllText(path, Portal.Web.Cli.Translations.TranslatedFromStamp.Write(File.ReadAllText(path), hash));
    }

    private sealed class CopiedContentNewsroom(string contentPath) : NewsroomFactory(contentPath);
}
