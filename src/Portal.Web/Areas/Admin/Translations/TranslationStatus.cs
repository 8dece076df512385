namespace Portal.Web.Areas.Admin.Translations;

/// <summary>A text's fingerprint of the English it matches, and when it last changed: what its state is told from.</summary>
public sealed record TextMark(string? EnglishFingerprint, DateTime UpdatedAt);

/// <summary>The one rule for a translation's state, for the news list, the queues and the editors.</summary>
public static class TranslationStatus
{
    /// <summary>
    /// Out of date when the English words changed after the translation was made from them (not when a form was saved with the
    /// same words); a text stored before translations were tracked is compared by its time stamp.
    /// </summary>
    public static TranslationState Of(TextMark? english, TextMark? translation) => (english, translation) switch
    {
        (_, null) => TranslationState.Missing,
        (null, _) => TranslationState.UpToDate,
        ({ EnglishFingerprint: { } reference }, { EnglishFingerprint: { } made }) =>
            reference == made ? TranslationState.UpToDate : TranslationState.OlderThanEnglish,
        _ => english.UpdatedAt > translation.UpdatedAt ? TranslationState.OlderThanEnglish : TranslationState.UpToDate,
    };
}
