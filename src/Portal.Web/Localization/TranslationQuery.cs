using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using Portal.Web.Data;

namespace Portal.Web.Localization;

/// <summary>The one rule of what a reader gets: the text in their language where it exists, else the English one.</summary>
public static class TranslationQuery
{
    /// <summary>
    /// Of each item's texts, the one in <paramref name="language"/>, else the English one: one row an item (none for an item
    /// with neither). Filter <paramref name="texts"/> by the item only (which items: ids, slug, status), never by language
    /// or anything else of a text, before this.
    /// </summary>
    public static IQueryable<TText> InLanguageOrEnglish<TText>(this IQueryable<TText> texts, string language)
        where TText : class, ITranslation<TText>
    {
        // text => (text.Language == language || text.Language == "en")
        //      && (text.Language == language || !allTexts.Any(other => Owner(other) == Owner(text) && other.Language == language))
        // The first line lets SQLite find the texts of given items by the (item, language) index instead of reading every text;
        // the "has its own" check looks at the table itself: the items are filtered already, the same item passes again.
        var text = Expression.Parameter(typeof(TText), "text");
        var other = Expression.Parameter(typeof(TText), "other");
        var otherInLanguage = Expression.Lambda<Func<TText, bool>>(
            Expression.AndAlso(Expression.Equal(OwnerOf(other), OwnerOf(text)), LanguageIs(other, language)), other);
        var hasOwn = Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(TText)], RootOf(texts.Expression),
            Expression.Quote(otherInLanguage));
        var chosen = Expression.AndAlso(
            Expression.OrElse(LanguageIs(text, language), LanguageIs(text, Languages.English)),
            Expression.OrElse(LanguageIs(text, language), Expression.Not(hasOwn)));
        return texts.Where(Expression.Lambda<Func<TText, bool>>(chosen, text));

        static Expression OwnerOf(ParameterExpression of)
        {
            var owner = TText.Owner;
            return ReplacingExpressionVisitor.Replace(owner.Parameters[0], of, owner.Body);
        }
    }

    /// <summary>The table a query starts from (its DbSet), under the filters and orderings applied to it.</summary>
    private static Expression RootOf(Expression query)
    {
        while (query is MethodCallExpression { Arguments.Count: > 0 } call && call.Method.DeclaringType == typeof(Queryable))
        {
            query = call.Arguments[0];
        }

        return query;
    }

    private static BinaryExpression LanguageIs(ParameterExpression text, string language) =>
        Expression.Equal(Expression.Property(text, "Language"), Expression.Constant(language));
}
