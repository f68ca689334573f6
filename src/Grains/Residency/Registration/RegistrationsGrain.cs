using Anju.Common;

namespace Anju.Residency.Registration;

/// <summary>An estate's second-address registrations (<see cref="IRegistrationsGrain"/>): kept at the estate rather than the
/// dwelling because the work is the estate's (one hand-off carries many households' members to the station, and the
/// counts are the estate's), and the dwelling grain is near its size limit. Steps are <see cref="RegistrationRules"/>.</summary>
internal sealed class RegistrationsGrain(
    [PersistentState("registrations", StorageNames.Main)] IPersistentState<RegistrationsState> state,
    TimeProvider clock) : Grain, IRegistrationsGrain
{
    private RegistrationsState S => state.State;

    public async Task<MemberRegistration> CollectAsync(string memberRef, string dwellingId, string hukouPlace, RegistrationStage stage, DateOnly on, string actor)
    {
        var member = Validate.Id("memberRef", memberRef);
        var dwelling = Validate.Id("dwellingId", dwellingId);
        var place = Validate.Text("hukouPlace", hukouPlace, 100);
        var day = Validate.Day("on", on);
        if (stage is not (RegistrationStage.Collected or RegistrationStage.HukouMovedIn))
        {
            throw new ValidationException("stage", "stage must be Collected or HukouMovedIn.");
        }

        if (Find(member) is { } known)
        {
            return known.DwellingId == dwelling && known.HukouPlace == place && known.Steps[0].Stage == stage && known.Steps[0].On == day ? known
                : throw new ConflictException($"Member {member} is already recorded with other details.");
        }

        var record = new MemberRegistration(member, dwelling, place, stage, [new RegistrationStep(stage, day, actor, clock.GetUtcNow(), null)]);
        S.Members.Add(record);
        await SaveAsync();
        return record;
    }

    public async Task<StationHandOff> HandOffAsync(string handOffId, string station, DateOnly on, IReadOnlyList<string> members, string actor)
    {
        var id = Validate.Id("handOffId", handOffId);
        var to = Validate.Text("station", station, 100);
        var day = Validate.Day("on", on);
        var refs = members.Select((m, i) => Validate.Id($"members[{i}]", m)).Distinct(StringComparer.Ordinal).ToList();
        if (refs.Count is 0 or > 500)
        {
            throw new ValidationException("members", "members must name 1 to 500 members.");
        }

        if (S.HandOffs.Find(h => h.HandOffId == id) is { } seen)
        {
            return seen.Station == to && seen.On == day && seen.Members.SequenceEqual(refs) ? seen
                : throw new ConflictException($"Hand-off {id} was already recorded with other content.");
        }

        var records = refs.Select(r => Find(r) ?? throw new NotFoundException("member", r)).ToList();
        if (records.Select(m => RegistrationRules.Refusal(m, RegistrationStage.Submitted)).FirstOrDefault(r => r is not null) is { } refusal)
        {
            throw new ConflictException(refusal);
        }

        var handOff = new StationHandOff(id, to, day, refs, actor, clock.GetUtcNow());
        S.HandOffs.Add(handOff);
        foreach (var m in records)
        {
            Put(m with { Stage = RegistrationStage.Submitted, Station = to, HandOffId = id, Steps = [.. m.Steps, new RegistrationStep(RegistrationStage.Submitted, day, actor, handOff.At, $"{id} to {to}")] });
        }

        await SaveAsync();
        return handOff;
    }

    public async Task<MemberRegistration> RegisterAsync(string memberRef, DateOnly on, string? note, string actor)
    {
        var member = Find(Validate.Id("memberRef", memberRef)) ?? throw new NotFoundException("member", memberRef);
        var day = Validate.Day("on", on);
        var text = note is null ? null : Validate.Text("note", note, 500);
        if (member.Stage == RegistrationStage.Registered)
        {
            return member.Steps[^1].On == day ? member : throw new ConflictException($"Member {memberRef} was registered on {member.Steps[^1].On:yyyy-MM-dd}.");
        }

        if (RegistrationRules.Refusal(member, RegistrationStage.Registered) is { } refusal)
        {
            throw new ConflictException(refusal);
        }

        var next = member with { Stage = RegistrationStage.Registered, Steps = [.. member.Steps, new RegistrationStep(RegistrationStage.Registered, day, actor, clock.GetUtcNow(), text)] };
        Put(next);
        await SaveAsync();
        return next;
    }

    public Task<RegistrationBook> GetAsync(int? residents) => Task.FromResult(new RegistrationBook(
        Keys.EstateIdOfRegistrations(this.GetPrimaryKeyString()), RegistrationRules.Count(S.Members, residents),
        [.. S.Members.OrderByDescending(m => m.Steps[^1].At)], [.. S.HandOffs.AsEnumerable().Reverse()], S.Version));

    private MemberRegistration? Find(string memberRef) => S.Members.Find(m => m.MemberRef == memberRef);

    private void Put(MemberRegistration member) => S.Members[S.Members.FindIndex(m => m.MemberRef == member.MemberRef)] = member;

    private async Task SaveAsync()
    {
        S.Version++;
        await state.WriteOrReloadAsync();
    }
}
