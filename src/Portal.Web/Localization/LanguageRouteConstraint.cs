namespace Portal.Web.Localization;

/// <summary>The <c>{lang:lang}</c> route constraint: one of the four languages, nothing else.</summary>
public sealed class LanguageRouteConstraint : IRouteConstraint
{
    public const string Name = "lang";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values,
        RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && Languages.IsSupported(value as string);
}
