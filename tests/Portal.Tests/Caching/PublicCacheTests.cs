using System.Net;
using System.Net.Http.Headers;
using Portal.Tests.Admin;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Caching;

public sealed class PublicCacheTests(FixtureContentPortal fixture) : PublicCacheTestsOn<FixtureContentPortal>(fixture);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class PublicCacheOnPostgreSqlTests(PostgreSqlFixtureContentPortal fixture) : PublicCacheTestsOn<PostgreSqlFixtureContentPortal>(fixture);

/// <summary>Public pages come from the cache, the same bytes for everyone, with validators for browsers, proxies and mirrors.</summary>
public abstract class PublicCacheTestsOn<TPortal>(TPortal fixture) : IClassFixture<TPortal> where TPortal : PortalFactory
{
    public static TheoryData<string> PublicAddresses() =>
        ["/en/", "/fr/news", "/ru/news/2025-03-26-sessions", "/be/institutions/congress", "/en/history", "/fr/search?q=congress",
            "/en/feed.xml", "/sitemap.xml", "/robots.txt"];

    [Theory]
    [MemberData(nameof(PublicAddresses))]
    public async Task The_second_reader_gets_the_same_bytes_from_the_cache_and_no_cookie(string url)
    {
        var client = await fixture.ReadyClientAsync();

        using var first = await client.GetAsync(url);
        using var second = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(second.Headers.Age is not null, $"{url} was not served from the cache");
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.False(second.Headers.Contains("Set-Cookie"));
        Assert.True(second.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromSeconds(60), second.Headers.CacheControl.MaxAge);
        Assert.Contains("Accept-Encoding", second.Headers.Vary);
    }

    [Fact]
    public async Task A_compressed_page_is_kept_compressed_and_apart_from_the_plain_one()
    {
        var client = await fixture.ReadyClientAsync();

        async Task<HttpResponseMessage> GetAsync(string? encoding)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/ru/history");
            if (encoding is not null)
            {
                request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            }

            return await client.SendAsync(request);
        }

        using var plain = await GetAsync(null);
        using var brotli = await GetAsync("br");
        using var brotliAgain = await GetAsync("br");
        using var plainAgain = await GetAsync(null);

        Assert.Equal(["br"], brotliAgain.Content.Headers.ContentEncoding);
        Assert.NotNull(brotliAgain.Headers.Age);
        Assert.Empty(plainAgain.Content.Headers.ContentEncoding);
        Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), await plainAgain.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Another_host_or_an_unknown_query_is_served_from_the_same_entry()
    {
        var client = await fixture.ReadyClientAsync();
        using var first = await client.GetAsync("/fr/institutions");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/fr/institutions?utm_source=somewhere");
        request.Headers.Host = "mirror.example";
        using var other = await client.SendAsync(request);

        Assert.NotNull(other.Headers.Age);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await other.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/en/news")]
    [InlineData("/be/feed.xml")]
    public async Task A_reader_who_has_the_page_gets_304_without_a_body(string url)
    {
        var client = await fixture.ReadyClientAsync();
        using var first = await client.GetAsync(url);
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;

        using var byTag = new HttpRequestMessage(HttpMethod.Get, url);
        byTag.Headers.IfNoneMatch.Add(etag);
        using var byDate = new HttpRequestMessage(HttpMethod.Get, url);
        byDate.Headers.IfModifiedSince = lastModified;
        using var otherTag = new HttpRequestMessage(HttpMethod.Get, url);
        otherTag.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\"", isWeak: true));

        using var notModifiedByTag = await client.SendAsync(byTag);
        using var notModifiedByDate = await client.SendAsync(byDate);
        using var modified = await client.SendAsync(otherTag);

        Assert.True(etag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, notModifiedByTag.StatusCode);
        Assert.Empty(await notModifiedByTag.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, notModifiedByDate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, modified.StatusCode);
    }
}

public sealed class PublicCacheEvictionTests(NewsroomFactory factory) : PublicCacheEvictionTestsOn<NewsroomFactory>(factory);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class PublicCacheEvictionOnPostgreSqlTests(PostgreSqlNewsroomFactory factory) : PublicCacheEvictionTestsOn<PostgreSqlNewsroomFactory>(factory);

/// <summary>Every kind of change in the newsroom or in content/ reaches readers on the very next request.</summary>
public abstract class PublicCacheEvictionTestsOn<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : NewsroomFactory
{
    private static readonly string[] ListsOfTheItem = ["/en/", "/en/news", "/en/institutions/congress", "/en/feed.xml", "/sitemap.xml"];

    [Fact]
    public async Task Publishing_editing_deleting_and_restoring_show_at_once_on_every_page_that_shows_the_item()
    {
        var editor = await factory.EditorClientAsync();
        var reader = await factory.ReadyClientAsync();
        await WarmAsync(reader, [.. ListsOfTheItem, "/en/news/cache-next-request", "/en/search?q=nextrequest"]);

        var id = await editor.SaveAsync((await editor.NewItemFormAsync("cache-next-request"))
            .SetText("en", "Title", "Nextrequest published"));
        await AssertEverywhereAsync(reader, "Nextrequest published", present: true);

        await editor.SaveAsync((await editor.GetFormAsync($"/admin/news/{id}/edit")).SetText("en", "Title", "Nextrequest corrected"));
        await AssertEverywhereAsync(reader, "Nextrequest corrected", present: true);
        Assert.Equal("Nextrequest corrected", (await reader.GetDocumentAsync("/en/news/cache-next-request")).QuerySelector("h1")!.TextContent);

        var revisions = await editor.GetDocumentAsync($"/admin/news/{id}/revisions");
        var firstRevision = revisions.QuerySelectorAll("li.revision").Last().QuerySelector("a[href*='revision=']")!.GetAttribute("href")!;
        await editor.SaveAsync(await editor.GetFormAsync(firstRevision));
        await AssertEverywhereAsync(reader, "Nextrequest published", present: true);

        var confirmation = await editor.GetDocumentAsync($"/admin/news/{id}/delete");
        using var deleted = await HtmlForm.Read(confirmation).SubmitAsync(editor);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        await AssertEverywhereAsync(reader, "Nextrequest published", present: false);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/en/news/cache-next-request")).StatusCode);
    }

    [Fact]
    public async Task A_new_slug_leaves_nothing_at_the_old_address()
    {
        var editor = await factory.EditorClientAsync();
        var reader = await factory.ReadyClientAsync();
        var id = await editor.SaveAsync(await editor.NewItemFormAsync("cache-old-slug"));
        await WarmAsync(reader, ["/fr/news/cache-old-slug"]);

        await editor.SaveAsync((await editor.GetFormAsync($"/admin/news/{id}/edit")).Set("Input.Slug", "cache-new-slug"));

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/fr/news/cache-old-slug")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/fr/news/cache-new-slug")).StatusCode);
    }

    private static async Task WarmAsync(HttpClient reader, IEnumerable<string> urls)
    {
        foreach (var url in urls)
        {
            using var first = await reader.GetAsync(url);
            using var second = await reader.GetAsync(url);
            Assert.True(second.StatusCode == HttpStatusCode.NotFound || second.Headers.Age is not null, $"{url} was not cached");
        }
    }

    private static async Task AssertEverywhereAsync(HttpClient reader, string title, bool present)
    {
        foreach (var url in (string[])[.. ListsOfTheItem.Where(u => u != "/sitemap.xml"), "/en/search?q=nextrequest"])
        {
            var body = await reader.GetStringAsync(url);
            // As a reader sees it: a search result marks the words found.
            var text = url.EndsWith(".xml", StringComparison.Ordinal) ? body : new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body).Body!.TextContent;
            Assert.True(text.Contains(title, StringComparison.Ordinal) == present, $"{url} {(present ? "lacks" : "still shows")} '{title}'");
        }

        Assert.Equal(present, (await reader.GetStringAsync("/sitemap.xml")).Contains("/en/news/cache-next-request", StringComparison.Ordinal));
    }
}

/// <summary>An import that changes a file reaches readers on the very next request, through the same eviction as the newsroom's.</summary>
public sealed class PublicCacheImportTests : IDisposable
{
    private readonly string content = TestPaths.CopyOfFixtureContent();

    [Fact]
    public async Task A_changed_content_file_imported_again_shows_at_once()
    {
        using var portal = new PortalFactory(content);
        var reader = await portal.ReadyClientAsync();
        using var before = await reader.GetAsync("/en/history");
        using var cached = await reader.GetAsync("/en/history");
        Assert.NotNull(cached.Headers.Age);

        var file = Path.Combine(content, "pages", "history.en.md");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("title: ", "title: Reimported ", StringComparison.Ordinal));
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Portal.Web.Content.ContentImporter>().ImportAsync();
        }

        var after = await reader.GetDocumentAsync("/en/history");
        Assert.StartsWith("Reimported ", after.QuerySelector("h1")!.TextContent);
    }

    public void Dispose() => Directory.Delete(content, recursive: true);
}
