using System.Linq.Expressions;

namespace Portal.Web.Data;

/// <summary>One language's text of a page, an institution or a news item: the item it belongs to, and its language.</summary>
public interface ITranslation<TSelf>
    where TSelf : ITranslation<TSelf>
{
    string Language { get; }

    /// <summary>The id of the item this text belongs to, as EF Core can read it in a query.</summary>
    static abstract Expression<Func<TSelf, int>> Owner { get; }
}
