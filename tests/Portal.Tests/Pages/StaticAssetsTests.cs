using System.IO.Compression;
using System.Net.Http.Headers;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Pages;

public sealed class StaticAssetsTests(FixtureContentPortal fixture) : IClassFixture<FixtureContentPortal>
{
    [Fact]
    public async Task The_stylesheet_linked_from_a_page_is_served_with_and_without_compression()
    {
        var client = await fixture.ReadyClientAsync();
        var page = await client.GetDocumentAsync("/en/");
        var href = page.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href");
        Assert.NotNull(href);
        Assert.StartsWith("/css/site.", href);

        using var plain = await client.GetAsync(href);
        using var compressedRequest = new HttpRequestMessage(HttpMethod.Get, href);
        compressedRequest.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var compressed = await client.SendAsync(compressedRequest);

        Assert.True(plain.IsSuccessStatusCode);
        Assert.True(compressed.IsSuccessStatusCode);
        Assert.Equal("text/css", plain.Content.Headers.ContentType?.MediaType);
        var css = await plain.Content.ReadAsStringAsync();
        Assert.Contains(".skip-link", css);
        Assert.Equal(css, await ReadMaybeGzipAsync(compressed));
    }

    private static async Task<string> ReadMaybeGzipAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStreamAsync();
        if (response.Content.Headers.ContentEncoding.Contains("gzip"))
        {
            body = new GZipStream(body, CompressionMode.Decompress);
        }

        return await new StreamReader(body).ReadToEndAsync();
    }
}
