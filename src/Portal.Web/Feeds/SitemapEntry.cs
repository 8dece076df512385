using Portal.Web.Localization;
using Portal.Web.Pages;

namespace Portal.Web.Feeds;

/// <summary>One public page, its address in a given language, and when each language's text last changed.</summary>
public sealed record SitemapEntry(Func<PublicLinks, string, string> Address, IReadOnlyDictionary<string, DateTime> LastModified)
{
    /// <summary>A page in each language shows its own text, else the English one; null when it has neither.</summary>
    /// <param name="itemUpdatedAt">When what the texts share (a news item's date, its institution) last changed.</param>
    public static SitemapEntry? Of(Func<PublicLinks, string, string> address, IEnumerable<(string Language, DateTime UpdatedAt)> texts,
        DateTime itemUpdatedAt)
    {
        var byLanguage = texts.ToDictionary(t => t.Language, t => t.UpdatedAt);
        if (!byLanguage.TryGetValue(Languages.English, out var english))
        {
            return null;
        }

        return new SitemapEntry(address, Languages.All.ToDictionary(l => l,
            l => Max(byLanguage.GetValueOrDefault(l, english), itemUpdatedAt)));
    }

    /// <summary>A list changes when anything it shows does, or when <paramref name="changedSince"/> says so.</summary>
    public static SitemapEntry Latest(Func<PublicLinks, string, string> address, IReadOnlyCollection<SitemapEntry> shown,
        DateTime changedSince) =>
        new(address, Languages.All.ToDictionary(l => l,
            l => Max(shown.Select(e => e.LastModified[l]).DefaultIfEmpty(DateTime.UnixEpoch).Max(), changedSince)));

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
