using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Areas.Admin.Translations;

/// <summary>Where one language of an item stands, and for an out-of-date one what changed in the English since it was made.</summary>
/// <param name="Changes">The English fields that changed; null when the English the translation was made from is not known.</param>
public sealed record TranslationReview(string Language, TranslationState State, IReadOnlyList<FieldChange>? Changes)
{
    /// <param name="item">An item with its translations.</param>
    /// <param name="seenEnglish">The English the translator saw, when it is not the one the translation was made from (a conflict).</param>
    public static TranslationReview Of(NewsItem item, string language, EnglishText? seenEnglish = null)
    {
        var english = item.Translations.FirstOrDefault(t => t.Language == Languages.English);
        var text = item.Translations.FirstOrDefault(t => t.Language == language);
        var state = TranslationStatus.Of(MarkOf(english), MarkOf(text));
        var before = seenEnglish ?? text?.TranslatedFrom;
        var changes = english is not null && before is not null && (state == TranslationState.OlderThanEnglish || seenEnglish is not null)
            ? EnglishChange.Between(before, EnglishText.Of(english))
            : null;
        return new TranslationReview(language, state, changes);
    }

    private static TextMark? MarkOf(NewsTranslation? text) => text is null ? null : new TextMark(text.EnglishFingerprint, text.UpdatedAt);
}
