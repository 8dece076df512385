namespace Portal.Web.Localization;

/// <summary>A text in the reader's language, or in English when it is not translated yet.</summary>
public sealed record Translated<T>(T Text, string Language, bool IsFallback);

public static class TranslationChoice
{
    /// <summary>Picks the reader's language from the loaded translations, else English; null when neither exists.</summary>
    public static Translated<T>? InLanguage<T>(this IEnumerable<T> texts, Func<T, string> languageOf, string language)
    {
        var list = texts as IReadOnlyCollection<T> ?? texts.ToList();
        var own = list.FirstOrDefault(t => languageOf(t) == language);
        if (own is not null)
        {
            return new Translated<T>(own, language, false);
        }

        var english = list.FirstOrDefault(t => languageOf(t) == Languages.English);
        return english is null ? null : new Translated<T>(english, Languages.English, true);
    }
}
