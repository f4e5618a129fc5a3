using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace NewsEvents.Api.Infrastructure;

/// <summary>
/// One page of results with the total number of matches (null where an endpoint counts only on request). <c>next</c> is the cursor of the following page (null on the
/// last page) and <c>nextLink</c> the same request with it; pages fetched by cursor have no page number.
/// </summary>
public sealed record CursorPage<T>(IReadOnlyList<T> Items, int? Total, int? PageNumber, int Size, string? Next, string? NextLink);

public static class CursorPaging
{
    /// <summary>Takes the extra row fetched to learn whether there is a next page; answers the cursor after the last row kept.</summary>
    public static (List<T> Items, string? Next) Cut<T>(List<T> fetched, int size, Func<T, PageCursor> cursorOf) =>
        fetched.Count > size ? (fetched[..size], cursorOf(fetched[size - 1]).Encode()) : (fetched, null);

    /// <summary>This request's path and query with <c>cursor</c> set to <paramref name="next"/> and <c>page</c> dropped; also sent as a Link header (RFC 8288).</summary>
    public static string? NextLink(HttpContext context, string? next)
    {
        if (next is null) return null;
        var query = new QueryBuilder(QueryHelpers.ParseQuery(context.Request.QueryString.Value)
            .Where(p => p.Key is not ("cursor" or "page"))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? ""))))
        {
            { "cursor", next },
        };
        var link = context.Request.PathBase + context.Request.Path + query.ToQueryString();
        context.Response.Headers.Link = $"<{link}>; rel=\"next\"";
        return link;
    }
}
