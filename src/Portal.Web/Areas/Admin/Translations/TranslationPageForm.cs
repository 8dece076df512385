using Portal.Web.Areas.Admin.News;

namespace Portal.Web.Areas.Admin.Translations;

/// <summary>What the side-by-side editor sends: one language's text, and the item's version the translator saw.</summary>
public sealed class TranslationPageForm
{
    public int Version { get; set; }

    public TranslationForm Text { get; set; } = new();
}
