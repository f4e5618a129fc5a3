using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsEvents.Api.Infrastructure;
using NewsEvents.Data.Entities;

namespace NewsEvents.Api.Events;

/// <summary>How GET /api/events pages: sort, and either page/size or a cursor.</summary>
/// <param name="Sort">date (default), fatalities or updated, optionally with -asc or -desc (default desc). Id breaks ties.</param>
/// <param name="Cursor">The <c>next</c> value of the previous page (keyset paging, stable while events are added); send the same sort and filters, or follow <c>nextLink</c>.</param>
/// <param name="Page">Page number from 1 (offset paging; not with cursor).</param>
/// <param name="Size">Page size, 1 to 500 (default 50).</param>
/// <param name="IncludeTotal">true: count every match for <c>total</c>, which costs a pass over all of them (tens to hundreds of ms over a million events). Otherwise <c>total</c> is given only when it is known for free (the last page of offset paging) and is null elsewhere.</param>
public sealed record EventPageQuery(
    [FromQuery(Name = "sort")] string? Sort,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "page")] string? Page,
    [FromQuery(Name = "size")] string? Size,
    [FromQuery(Name = "includeTotal")] string? IncludeTotal);

/// <summary>An order of events: a key (date, fatalities, updated) and a direction, with id breaking ties in the same direction.</summary>
public sealed record EventOrder(string Key, bool Descending)
{
    public static readonly string[] Sorts =
        ["date", "date-desc", "date-asc", "fatalities", "fatalities-desc", "fatalities-asc", "updated", "updated-desc", "updated-asc"];

    /// <summary>The name a cursor carries: "date-desc", "fatalities-asc"...</summary>
    public string Name => $"{Key}-{(Descending ? "desc" : "asc")}";

    public static EventOrder Parse(string? sort, QueryReader reader)
    {
        var value = reader.OneOf("sort", sort, Sorts) ?? "date";
        return new(value.Split('-')[0], !value.EndsWith("-asc", StringComparison.Ordinal));
    }

    /// <summary>Id breaks ties so that pages never overlap or skip.</summary>
    public IQueryable<Event> Apply(IQueryable<Event> events) => (Key, Descending) switch
    {
        ("fatalities", true) => events.OrderByDescending(e => e.Fatalities).ThenByDescending(e => e.Id),
        ("fatalities", false) => events.OrderBy(e => e.Fatalities).ThenBy(e => e.Id),
        ("updated", true) => events.OrderByDescending(e => e.UpdatedAt).ThenByDescending(e => e.Id),
        ("updated", false) => events.OrderBy(e => e.UpdatedAt).ThenBy(e => e.Id),
        (_, true) => events.OrderByDescending(e => e.Date).ThenByDescending(e => e.Id),
        _ => events.OrderBy(e => e.Date).ThenBy(e => e.Id),
    };

    /// <summary>The events after the cursor's row in this order. <paramref name="nullsSortLow"/>: SQLite sorts NULL first, PostgreSQL last.</summary>
    public IQueryable<Event> After(IQueryable<Event> events, PageCursor cursor, bool nullsSortLow) => Key switch
    {
        "fatalities" => events.After(e => e.Fatalities, e => e.Id, cursor.Key is null ? null : int.Parse(cursor.Key, CultureInfo.InvariantCulture),
            cursor.Id, Descending, nullsSortLow),
        "updated" => events.After(e => (DateTime?)e.UpdatedAt, e => e.Id,
            cursor.Key is null ? null : new DateTime(long.Parse(cursor.Key, CultureInfo.InvariantCulture), DateTimeKind.Utc), cursor.Id, Descending, nullsSortLow),
        _ => events.After(e => e.Date, e => e.Id, cursor.Key is null ? null : DateOnly.ParseExact(cursor.Key, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            cursor.Id, Descending, nullsSortLow),
    };

    public PageCursor CursorAfter(EventSummary last) => new(Name, Key switch
    {
        "fatalities" => last.Fatalities?.ToString(CultureInfo.InvariantCulture),
        "updated" => last.UpdatedAt.Ticks.ToString(CultureInfo.InvariantCulture),
        _ => last.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    }, last.Id);

    /// <summary>A cursor key that does not parse for its sort is a client error, not a 500.</summary>
    public static bool KeyParses(PageCursor cursor, string key) => cursor.Key is null || key switch
    {
        "fatalities" => int.TryParse(cursor.Key, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        "updated" => long.TryParse(cursor.Key, NumberStyles.Integer, CultureInfo.InvariantCulture, out var t) && t is >= 0 and <= 3155378975999999999,
        _ => DateOnly.TryParseExact(cursor.Key, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
    };

    public static bool NullsSortLow(Data.NewsEventsDbContext db) => db.Database.IsSqlite();
}
