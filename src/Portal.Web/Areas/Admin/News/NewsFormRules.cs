using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Areas.Admin.News;

/// <summary>The rules a news item's form must meet beyond single fields' lengths; each broken rule is put next to its field.</summary>
public sealed class NewsFormRules(PortalDb db, IStringLocalizer<AdminResource> text)
{
    public async Task CheckAsync(NewsForm form, int? itemId, bool publishing, ModelStateDictionary errors,
        CancellationToken cancellationToken)
    {
        const string prefix = "Input.";
        if (!Languages.All.SequenceEqual(form.Translations.Select(t => t.Language)))
        {
            errors.AddModelError("", text["Validation.Languages"]);
            return;
        }

        if (form.Date is not null && form.ParsedDate is null)
        {
            errors.AddModelError(prefix + nameof(NewsForm.Date), text["Validation.Date"]);
        }

        if (form.Institution is not null && !await db.Institutions.AnyAsync(i => i.Slug == form.Institution, cancellationToken))
        {
            errors.AddModelError(prefix + nameof(NewsForm.Institution), text["Validation.Institution"]);
        }

        // Deleted items keep their slug, so that a re-import does not bring them back under it.
        if (form.Slug is not null && await db.News.IgnoreQueryFilters().AnyAsync(n => n.Slug == form.Slug && n.Id != itemId, cancellationToken))
        {
            errors.AddModelError(prefix + nameof(NewsForm.Slug), text["Validation.SlugTaken"]);
        }

        for (var i = 0; i < form.Translations.Count; i++)
        {
            var translation = form.Translations[i];
            var field = $"{prefix}{nameof(NewsForm.Translations)}[{i}].";
            if (translation.Body is not null && Encoding.UTF8.GetByteCount(translation.Body) > TranslationForm.MaxBodyBytes)
            {
                errors.AddModelError(field + nameof(TranslationForm.Body), text["Validation.BodyTooLong"]);
            }

            // Readers see a published translation's title and body: neither may be empty.
            var needed = publishing && (translation.Language == Languages.English || !translation.IsMissing);
            if (needed && string.IsNullOrWhiteSpace(translation.Title))
            {
                errors.AddModelError(field + nameof(TranslationForm.Title), text["Validation.RequiredToPublish"]);
            }

            if (needed && string.IsNullOrWhiteSpace(translation.Body))
            {
                errors.AddModelError(field + nameof(TranslationForm.Body), text["Validation.RequiredToPublish"]);
            }
        }
    }
}
