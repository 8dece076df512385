namespace Portal.Web.Areas.Admin.Translations;

/// <summary>Where a language's text stands against the English reference.</summary>
public enum TranslationState
{
    Missing,
    UpToDate,
    OlderThanEnglish,
}
