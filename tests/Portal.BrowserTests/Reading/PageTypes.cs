using Portal.Web.Localization;

namespace Portal.BrowserTests.Reading;

/// <summary>One page of each kind a reader meets, in the fixture content, with a sentence of its English text.</summary>
public static class PageTypes
{
    public static readonly IReadOnlyDictionary<string, (string Path, string EnglishText)> All = new Dictionary<string, (string, string)>
    {
        ["home"] = ("/", "The fixture home page."),
        ["page with timeline"] = ("/history", "Co-operation suspended."),
        ["news list"] = ("/news", "Sessions open to the democratic forces"),
        ["news item"] = ("/news/2025-03-26-sessions", "Body en."),
        ["institutions"] = ("/institutions", "Fixture Congress"),
        ["institution"] = ("/institutions/congress", "The Congress's role."),
        ["not found"] = ("/no-such-page", "There is no page at this address."),
    };

    public static TheoryData<string> Names() => new(All.Keys);

    public static TheoryData<string, string> InEveryLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in Languages.All)
        {
            foreach (var name in All.Keys)
            {
                data.Add(name, language);
            }
        }

        return data;
    }

    public static string Url(string name, string language) => "/" + language + All[name].Path;
}
