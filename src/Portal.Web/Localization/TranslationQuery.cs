using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using Portal.Web.Data;

namespace Portal.Web.Localization;

/// <summary>The one rule of what a reader gets: the text in their language where it exists, else the English one.</summary>
public static class TranslationQuery
{
    /// <summary>
    /// Of each item's texts, the one in <paramref name="language"/>, else the English one: one row an item (none for an item
    /// with neither). Filter <paramref name="texts"/> by the item only (slug, status), never by language, before this.
    /// </summary>
    public static IQueryable<TText> InLanguageOrEnglish<TText>(this IQueryable<TText> texts, string language)
        where TText : class, ITranslation<TText>
    {
        // text => text.Language == language
        //      || (text.Language == "en" && !texts.Any(other => Owner(other) == Owner(text) && other.Language == language))
        var text = Expression.Parameter(typeof(TText), "text");
        var other = Expression.Parameter(typeof(TText), "other");
        var otherInLanguage = Expression.Lambda<Func<TText, bool>>(
            Expression.AndAlso(Expression.Equal(OwnerOf(other), OwnerOf(text)), LanguageIs(other, language)), other);
        var hasOwn = Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(TText)], texts.Expression,
            Expression.Quote(otherInLanguage));
        var chosen = Expression.OrElse(
            LanguageIs(text, language),
            Expression.AndAlso(LanguageIs(text, Languages.English), Expression.Not(hasOwn)));
        return texts.Where(Expression.Lambda<Func<TText, bool>>(chosen, text));

        static Expression OwnerOf(ParameterExpression of)
        {
            var owner = TText.Owner;
            return ReplacingExpressionVisitor.Replace(owner.Parameters[0], of, owner.Body);
        }
    }

    private static BinaryExpression LanguageIs(ParameterExpression text, string language) =>
        Expression.Equal(Expression.Property(text, "Language"), Expression.Constant(language));
}
