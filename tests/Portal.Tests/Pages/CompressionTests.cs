using System.IO.Compression;
using System.Net.Http.Headers;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Pages;

public sealed class CompressionTests(RealContentPortal fixture) : IClassFixture<RealContentPortal>
{
    [Theory]
    [InlineData("/ru/history", "text/html")]
    [InlineData("/be/feed.xml", "application/atom+xml")]
    [InlineData("/sitemap.xml", "application/xml")]
    public async Task Pages_and_feeds_travel_compressed_to_a_browser_that_accepts_it(string url, string mediaType)
    {
        var client = await fixture.ReadyClientAsync();
        using var plain = await client.GetAsync(url);
        var text = await plain.Content.ReadAsStringAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var compressed = await client.SendAsync(request);
        var bytes = await compressed.Content.ReadAsByteArrayAsync();

        Assert.Equal(mediaType, compressed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["br"], compressed.Content.Headers.ContentEncoding);
        Assert.True(bytes.Length * 2 < System.Text.Encoding.UTF8.GetByteCount(text), $"{bytes.Length} compressed bytes for {text.Length} characters");
        await using var brotli = new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress);
        Assert.Equal(text, await new StreamReader(brotli).ReadToEndAsync());
    }

    [Fact]
    public async Task The_newsroom_s_pages_with_their_antiforgery_tokens_are_never_compressed()
    {
        var client = await fixture.ReadyClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/login");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        using var response = await client.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}
