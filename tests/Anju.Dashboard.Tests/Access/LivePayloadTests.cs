using System.Reflection;
using Anju.Access;
using Anju.Dashboard.Live;
using Anju.Districts;
using Anju.Estates;
using Anju.Incidents;
using Anju.Residency;

namespace Anju.Dashboard.Tests.Access;

/// <summary>
/// Wall screens never show personal data, and the hub sends in two protocols: the JSON one masks personal fields at
/// serialization, MessagePack does not. So no type a live screen receives may hold a personal field at all: every
/// payload type is walked, property by property, for the types <see cref="PersonalFields"/> lists.
/// </summary>
public sealed class LivePayloadTests
{
    /// <summary>What the hub sends: its client methods' arguments and its methods' answers, plus the runtime types of a
    /// <c>LiveUpdate</c>'s payload (declared as object), one per scope kind.</summary>
    private static readonly Type[] Sent =
    [
        .. typeof(ILiveClient).GetMethods().SelectMany(m => m.GetParameters()).Select(p => p.ParameterType),
        .. typeof(LiveHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(m => m.ReturnType),
        typeof(EstateStatus), typeof(DistrictStatus), typeof(CityStatus), typeof(IReadOnlyList<IncidentSummary>),
    ];

    [Fact]
    public void No_type_a_live_screen_receives_holds_a_personal_field()
    {
        var personal = PersonalFields.All.Select(f => f.Type).ToHashSet();

        var reached = Reachable(Sent);

        Assert.Contains(typeof(EstateLayout), reached);
        Assert.Contains(typeof(IncidentSummary), reached);
        Assert.Empty(reached.Intersect(personal));
    }

    [Fact]
    public void The_walk_finds_a_personal_type_held_deep_inside_a_payload()
    {
        // The check above can fail: a household inside a list inside a record is found.
        Assert.Contains(typeof(Household), Reachable([typeof(Holder)]));
    }

    private static HashSet<Type> Reachable(IEnumerable<Type> roots)
    {
        var seen = new HashSet<Type>();
        var next = new Stack<Type>(roots);
        while (next.TryPop(out var type))
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() is var open && (open == typeof(Task<>) || open == typeof(ValueTask<>) || open == typeof(Nullable<>)))
            {
                next.Push(type.GetGenericArguments()[0]);
                continue;
            }

            if (!seen.Add(type) || type.IsPrimitive || type == typeof(string) || type == typeof(object) || type.IsEnum)
            {
                continue;
            }

            foreach (var inner in type.IsArray ? [type.GetElementType()!] : type.GetGenericArguments())
            {
                next.Push(inner);
            }

            if (type.Namespace?.StartsWith("Anju", StringComparison.Ordinal) == true)
            {
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    next.Push(property.PropertyType);
                }
            }
        }

        return seen;
    }

    private sealed record Holder(IReadOnlyList<Inner> Items);

    private sealed record Inner(Household? Household);
}
