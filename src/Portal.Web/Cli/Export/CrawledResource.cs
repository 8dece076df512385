namespace Portal.Web.Cli.Export;

/// <summary>One response of the running site: its address (<c>/en/news?page=2</c>), status, media type and bytes.</summary>
public sealed record CrawledResource(string Address, int Status, string MediaType, byte[] Body)
{
    public bool IsHtml => MediaType == "text/html";
    public bool IsXml => MediaType is "application/xml" or "text/xml" or "application/atom+xml";
}
