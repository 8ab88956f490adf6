"""Roles: titles written with a person's name make the person an Official.

A title before the name ("Israeli spokesperson Eylon Levy", "the country's
intelligence chief Abbas Kamel"), in apposition ("Sergei Lavrov, Russia's foreign
minister"; "spokeswoman for the Russian foreign ministry") or stated by a relative
clause ("Bola Tinubu, who chairs ECOWAS") gives a :class:`RoleInfo`: the role as
written and the state or group it is held in, when the text names one.

>>> last_role_word("israeli army chief of staff", frozenset({"chief of staff", "chief"}))
'chief of staff'
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .document import DocumentActors, MentionInfo, RoleInfo
from .institutions import last_armed_force
from .names import PARTICLES_OF_NAME, person_honorifics
from .types import AGENTS, GROUP, HOW_CAPITAL, HOW_INSTITUTION, OFFICIAL, PEOPLE, PLACE, STATE, STATE_KIND

TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ"})   # words a title before a name is made of
ROLE_NOUN_POS = frozenset({"NOUN", "ADJ"})        # ("secretary-general" is often tagged ADJ)
RELATIVE_PRONOUN_TAGS = frozenset({"WP", "WDT"})
VERB_POS = frozenset({"VERB", "AUX"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
OF = "of"
COORDINATORS = frozenset({"and", ","})

Role = tuple[str, "str | None", tuple[int, int]]   # role, affiliation, token span of the title


def find_roles(da: DocumentActors) -> None:
    """Titles written before a person's name, in apposition to it or in a relative clause on
    it: each adds a :class:`RoleInfo` to ``da.roles`` and makes the person an Official."""
    roles = da.kb.lexicon.roles
    words = da.kb.lexicon.words_of
    honorific = person_honorifics(words)
    shared: dict[int, Role] = {}   # names after the first under one plural title, by start token
    for m in sorted((m for m in da.mentions if da.protos[m.actor].type in PEOPLE), key=lambda m: m.span.start):
        prefix = _title_before(da.doc, m.span, honorific, words("title_scan_word"))
        role_info = shared.get(m.span.start) or role_in(prefix, da, roles, honorific)
        if role_info is not None and m.span.start not in shared:
            role_info = _share_plural_title(da, m, prefix, role_info, shared)
        if role_info is None:
            stated = role_in_relative_clause(m, da)
            if stated is not None:
                da.protos[m.actor].type = OFFICIAL
                da.roles.append(RoleInfo(m.actor, stated[0], stated[1], m.span.sent.start, stated[2]))
        if role_info is None or role_info[1] is None:
            # "General Asim Munir" has a title but no body; the apposition may name one
            appos = role_in_apposition(m, da, roles, honorific) or role_before_comma(m, da, roles, honorific)
            if appos is not None and (role_info is None or appos[1] is not None):
                role_info = appos
        if role_info is None:
            continue
        if role_info[1] is None:
            role_info = (role_info[0], _owner_after_name(m, da), role_info[2])   # "President X of Kenya"
        role, affiliation, tokens = role_info
        stated = role_in_relative_clause(m, da)   # "Bola Tinubu, who chairs ECOWAS"
        if stated is not None and stated[1] != affiliation:
            da.roles.append(RoleInfo(m.actor, stated[0], stated[1], m.span.sent.start, stated[2]))
        _drop_places_in_title(da, m.span.sent.start, tokens)
        if any(w in words("past_marker") for w in role.split()):
            continue   # "a former rebel commander": no office now
        if affiliation is None and last_role_word(role, roles) in words("generic_role"):
            continue   # "film director Oleg Sentsov": a job, not an office
        da.protos[m.actor].type = OFFICIAL
        da.roles.append(RoleInfo(m.actor, role, affiliation, m.span.sent.start, tokens))


def _owner_after_name(m: MentionInfo, da: DocumentActors) -> str | None:
    """The state or group "of" which a titled name is, right after it: "President Uhuru Kenyatta
    of Kenya", "Foreign Minister Manouchehr Mottaki of Iran"; ``None`` if there is none."""
    doc, end = da.doc, m.span.end
    if end + 1 >= len(doc) or doc[end].lower_ != OF or doc[end].head.i not in range(m.span.start, end):
        return None
    owner = da.actor_at(end + 1) or (da.actor_at(end + 2) if doc[end + 1].lower_ == "the" else None)
    return owner if owner and da.protos[owner].type in AGENTS else None


def _share_plural_title(da: DocumentActors, m: MentionInfo, prefix: Span, role: Role,
                        shared: dict[int, Role]) -> Role:
    """"Azerbaijani and Armenian presidents Ilham Aliyev and Serzh Sargsyan": a plural
    title before coordinated names holds for each; coordinated owners go to the names in
    order. Returns the first name's role; the others' are put in ``shared``."""
    doc = da.doc
    title_end = role[2][1]
    if title_end < 1 or doc[title_end - 1].tag_ not in PLURAL_TAGS:
        return role
    names, k = [m], m.span.end
    people = {x.span.start: x for x in da.mentions if da.protos[x.actor].type in PEOPLE}
    while k + 1 < len(doc) and doc[k].lower_ in COORDINATORS and (k + 1) in people:
        names.append(people[k + 1])
        k = people[k + 1].span.end
    owners = _coordinated_owners(da, role[2][0])
    if len(owners) != len(names):
        owners = [role[1]] * len(names)
    for name, owner in zip(names[1:], owners[1:], strict=True):
        shared[name.span.start] = (role[0], owner, role[2])
    return role[0], owners[0], role[2]


def _coordinated_owners(da: DocumentActors, title_start: int) -> list[str | None]:
    """The states or groups coordinated right before a title ("Azerbaijani and Armenian"), in
    order; empty when there are none."""
    doc, owners, k = da.doc, [], title_start
    while k > 0:
        actor = _mention_actor_ending_at(da, k - 1)
        if actor is None or da.protos[actor].type not in AGENTS:
            break
        owners.insert(0, actor)
        start = next(x.span.start for x in da.mentions if x.span.end == k and x.actor == actor)
        if start < 1 or doc[start - 1].lower_ not in COORDINATORS:
            break
        k = start - 1
    return owners


def _title_before(doc: Doc, name: Span, honorific: set[str], scan_words: frozenset[str]) -> Span:
    """The noun phrase before a name that may hold its title, up to the line's start:
    nouns, adjectives, names, possessives, honorifics and ``scan_words``."""
    k = name.start
    while k > 0:
        t = doc[k - 1]
        if t.is_space or "\n" in t.whitespace_:
            break
        if t.pos_ in TITLE_POS or t.text in PARTICLES_OF_NAME or t.lower_ in scan_words \
                or t.lower_.rstrip(".") in honorific:
            k -= 1
            continue
        break
    return doc[k:name.start]


def titled(span: Span, da: DocumentActors) -> bool:
    """Whether a title is written right before a name ("Army spokesperson Lul Ruai Koang")."""
    words = da.kb.lexicon.words_of
    honorific = person_honorifics(words)
    prefix = _title_before(da.doc, span, honorific, words("title_scan_word"))
    return role_in(prefix, da, da.kb.lexicon.roles, honorific) is not None


def role_in_relative_clause(m: MentionInfo, da: DocumentActors) -> Role | None:
    """(role, body, token span) from "X, who (also) heads/chairs/leads Y", or from a role verb
    the name is the subject or agent of ("X heads Y", "Y, led by X": :func:`role_in_clause`), or None."""
    verbs = da.kb.lexicon.mappings.get("role_verb", {})
    for c in m.root.children:
        if c.dep_ != "relcl" or c.lemma_.lower() not in verbs:
            continue
        if not any(w.dep_ == "nsubj" and w.tag_ in RELATIVE_PRONOUN_TAGS for w in c.children):
            continue
        got = _role_body(c, [o for o in c.children if o.dep_ == "dobj"], verbs, da)
        if got is not None:
            return got
    return role_in_clause(m, da, verbs)


def role_in_clause(m: MentionInfo, da: DocumentActors, verbs: dict[str, str]) -> Role | None:
    """(role, body, token span) when the name is the subject of a role verb (``role_verb``) whose
    object is a state or group ("Abdulla heads the small but influential Islamic Adhaalath Party",
    "Tantawi ... leads the Supreme Council of the Armed Forces"), or the agent of its passive on
    one ("the Rapid Support Forces, led by Mohamed Hamdan Dagalo", "The party is headed by X");
    not a negated verb ("X does not lead the party"), or None."""
    root = m.root
    if root.dep_ == "nsubj" and root.head.pos_ in VERB_POS:
        v = root.head
        bodies = [o for o in v.children if o.dep_ == "dobj"]
    elif root.dep_ == "pobj" and root.head.dep_ == "agent":
        v = root.head.head
        bodies = [v.head] if v.dep_ == "acl" else [o for o in v.children if o.dep_ == "nsubjpass"]
    else:
        return None
    if v.lemma_.lower() not in verbs or any(c.dep_ == "neg" for c in v.children):
        return None
    return _role_body(v, bodies, verbs, da)


def _role_body(v, bodies: list, verbs: dict[str, str], da: DocumentActors) -> Role | None:
    """The role verb ``v``'s role with the first of ``bodies`` that names a state or group."""
    for o in bodies:
        body = da.actor_at(o.i)
        if body and da.protos[body].type in AGENTS:
            return verbs[v.lemma_.lower()], body, (v.i, v.i + 1)
    return None


def role_in(prefix: Span, da: DocumentActors, roles: frozenset[str], honorific: set[str]) -> Role | None:
    """(role, affiliation, token span) from the words before a name, or None.

    The title starts after the last actor, possessive or determiner ("Israeli spokesperson",
    "the country's intelligence chief"); after a title word, "of <state or group>" names the
    owner ("Emir of Kuwait"), "to"/"for" the posting, part of the title ("Russian Ambassador
    to the U.N.", "the top U.S. diplomat for Latin America"); a plural title is read as one
    ("Armenian presidents")."""
    if not len(prefix):
        return None
    doc = prefix.doc
    end = prefix.end
    while end > prefix.start and doc[end - 1].lower_.rstrip(".") in honorific:
        end -= 1
    words = da.kb.lexicon.words_of
    if doc[end - 1].lower_ in words("title_scope_prep"):
        return None   # "an official of the regime of Saddam Hussein": the name is the object
    if doc[end - 1].text in PARTICLES_OF_NAME and any(t.lower_ in words("title_scope_prep") for t in prefix):
        return None   # "commander of the Army's 501st Brigade": the name is in the object
    determiners, title_preps = words("title_determiner"), words("title_scope_prep")
    role_start, role_end, affiliation, scope = prefix.start, end, None, None
    for t in doc[prefix.start:end]:
        if scope is None and t.lower_ in title_preps and t.i > role_start \
                and ends_with_role(_singular(doc[role_start:t.i]), roles):
            scope = t
            continue
        actor = _mention_actor_ending_at(da, t.i)
        if scope is not None:
            actor = da.actor_at(t.i) or actor   # the whole body: "member of Fatah Central Committee"
            if actor and scope.lower_ == OF and da.protos[actor].type in AGENTS and affiliation is None:
                affiliation, role_end = actor, scope.i   # "Emir of Kuwait": the owner, not "to Egypt" after it
            continue
        if actor and (da.protos[actor].type == PLACE or (affiliation is not None
                      and da.protos[affiliation].type == GROUP and da.protos[actor].type == STATE)):
            role_start = t.i + 1   # "U.S. Middle East Envoy", "U.N. Special Cyprus Envoy": no owner
        elif actor:
            role_start, affiliation = t.i + 1, actor
        elif t.text in PARTICLES_OF_NAME or t.lower_ in determiners:
            role_start = t.i + 1
    inner = role_in(doc[scope.i + 1:prefix.end], da, roles, honorific) if scope is not None else None
    if inner is not None and inner[1] is not None:
        return inner   # "a spokesman for UN Secretary General Ban Ki-moon": the name holds the last, owned title
    # possessive descriptor: "the country's intelligence chief"; "Army spokesperson"
    if affiliation is None:
        affiliation = _descriptor_affiliation(doc[prefix.start:end], da) \
            or _armed_force_owner(doc[role_start:end], da)
    head_end = scope.i if scope is not None else role_end
    if role_start >= head_end or not ends_with_role(_singular(doc[role_start:head_end]), roles):
        return None
    role = _singular(doc[role_start:role_end])
    return role, affiliation, (role_start, role_end)


def _singular(span: Span) -> str:
    """A title's words in lower case, its last word singular ("presidents" -> "president")."""
    toks = [t.lower_ for t in span]
    if toks and span[-1].tag_ in PLURAL_TAGS:
        toks[-1] = span[-1].lemma_.lower()
    return " ".join(toks).replace(" - ", "-").strip()


def role_in_apposition(m: MentionInfo, da: DocumentActors, roles: frozenset[str], honorific: set[str]) -> Role | None:
    """"Abbas Kamel, the country's intelligence chief" / "Russia's foreign minister, Sergei Lavrov";
    a capitalised title too ("Samuel C. Waugh, President of the Export-Import Bank", "Al-Zayyani,
    GCC Secretary General"). Of several appositions the first with an owner wins ("Alexander
    Lukashevich, head of the Russian delegation, Permanent Representative of Russia to the OSCE")."""
    infos = [info for noun in _apposed_nouns(m, da) if (info := _apposed_role(noun, m, da, roles, honorific))]
    return next((i for i in infos if i[1] is not None), infos[0] if infos else None)


def _apposed_nouns(m: MentionInfo, da: DocumentActors) -> list:
    """The nouns in apposition to a name that may be its title: common nouns, and capitalised
    ones no actor is named by ("President", "Permanent Representative", not "the UN")."""
    root = m.root
    candidates = [c for c in root.children if c.dep_ == "appos" and not _coordinated_apposition(root, c)]
    if root.dep_ == "conj":
        candidates += [c for c in root.head.children if c.dep_ == "appos" and c.i > root.i
                       and _coordinated_apposition(root.head, c) and _last_conjunct_before(c) == root]
    if root.dep_ == "appos" and root.head.pos_ in ROLE_NOUN_POS:
        candidates.append(root.head)
    pos = ROLE_NOUN_POS | {"PROPN"}
    return [c for c in candidates if c.pos_ in pos and not da.actor_at(c.i)]


def _coordinated_apposition(head, appos) -> bool:
    """Whether apposition ``appos`` of ``head`` follows a conjunct of it: then a singular one is the
    last conjunct's ("Jaishankar and Vladimir Norov, the acting Uzbek foreign minister": Norov's,
    though the parser hangs it on Jaishankar), a plural one nobody's title."""
    return any(head.i < k.i < appos.i for k in head.conjuncts)


def _last_conjunct_before(appos):
    """The conjunct of the apposition's head nearest before a singular apposition (None for a
    plural one: "Putin and Xi, the two leaders")."""
    if appos.tag_ in ("NNS", "NNPS"):
        return None
    before = [k for k in (appos.head, *appos.head.conjuncts) if k.i < appos.i]
    return max(before, key=lambda k: k.i) if before else None


def _apposed_role(noun, m: MentionInfo, da: DocumentActors, roles: frozenset[str], honorific: set[str]) -> Role | None:
    """The role an apposed noun states of the name, with the body a preposition after it names."""
    root = m.root
    sub = list(noun.subtree) if noun.i > root.i else [t for t in noun.subtree if t.i < m.span.start]
    if not sub:
        return None
    left = [t for t in sub if t.i <= noun.i]
    info = role_in(da.doc[left[0].i:noun.i + 1], da, roles, honorific)
    if info and info[1] is None:
        # "spokeswoman for the Russian foreign ministry", "the commander of the guard"
        body = _body_after(noun, da)
        if body is not None:
            info = (info[0], body, info[2])
    return info


def role_before_comma(m: MentionInfo, da: DocumentActors, roles: frozenset[str], honorific: set[str]) -> Role | None:
    """A title phrase set off by a comma right before the name, whatever the parse: "The top
    U.S. diplomat for Latin America, Roberta Jacobson", "the Chief of Army Staff (COAS),
    Olufemi Oluyede"."""
    doc = da.doc
    k = m.span.start - 1
    if k < 1 or doc[k].text != ",":
        return None
    if doc[k - 1].text == ")" and k >= 3 and doc[k - 3].text == "(":
        k -= 3   # a bracketed acronym of the title: "(COAS)"
    if k < 1:
        return None
    words = da.kb.lexicon.words_of
    prefix = _title_before(doc, doc[k:k], honorific, words("title_scan_word"))
    return role_in(prefix, da, roles, honorific)


def _body_after(noun, da: DocumentActors) -> str | None:
    """The state or group a preposition after a role noun names ("spokeswoman for the
    ministry"), or else the one that owns what it names ("the spokesperson for Iraq's
    Commander in Chief", "an adviser to Iran's Supreme Leader Ali Khamenei", "an envoy of the
    UN chief"), or None; of
    several such prepositions, the last."""
    body = None
    preps = da.kb.lexicon.words_of("title_body_prep")
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for p in prep.children:
                deps = ("poss", "compound") if p.lower_ in da.kb.lexicon.roles else ("poss",)   # "of the UN chief"
                owners = [da.actor_at(c.i) for c in p.children if c.dep_ in deps] if p.dep_ == "pobj" else []
                got = [a for a in (da.actor_at(p.i), *owners) if a and da.protos[a].type in AGENTS]
                if p.dep_ == "pobj" and got:
                    body = got[0]   # the first of each preposition; the last preposition wins
                    break
    return body


def last_role_word(role: str, roles: frozenset[str]) -> str:
    """The longest known title ending ``role``, else its last word."""
    words = role.replace("-", " - ").split()
    for i in range(len(words)):
        tail = " ".join(words[i:]).replace(" - ", "-")
        if tail in roles:
            return tail
    return words[-1] if words else ""


def ends_with_role(role: str, roles: frozenset[str]) -> bool:
    """Whether the words ``role`` end in a known title."""
    return last_role_word(role, roles) in roles or (bool(role.split()) and role.split()[-1] in roles)


def _drop_places_in_title(da: DocumentActors, sent_start: int, tokens: tuple[int, int]) -> None:
    """A place inside a title after its owner or its scope word is part of the title, no
    mention of the place: "U.S. Middle East Envoy Steve Witkoff", "the top U.S. diplomat for
    Latin America, Roberta Jacobson" (a place that opens the title, "Kharkiv governor", is one)."""
    start, end = max(sent_start, tokens[0] - 6), tokens[1]
    owners = [m for m in da.mentions if start <= m.span.start and m.span.end <= end
              and da.protos[m.actor].type in AGENTS]
    first = min((m.span.start for m in owners), default=None)
    scope_words = da.kb.lexicon.words_of("title_scope_prep")
    for m in [m for m in da.mentions if start <= m.span.start and m.span.end <= end
              and da.protos[m.actor].type == PLACE and m.how != HOW_CAPITAL]:
        after_scope = any(da.doc[k].lower_ in scope_words for k in range(tokens[0], m.span.start))
        if after_scope or (first is not None and first < m.span.start):
            da.mentions.remove(m)


def _mention_actor_ending_at(da: DocumentActors, i: int) -> str | None:
    for m in da.mentions:
        if m.span.end - 1 == i and m.how != HOW_INSTITUTION:
            return m.actor
    return None


def _armed_force_owner(title: Span, da: DocumentActors) -> str | None:
    """"Army spokesperson Lul Ruai Koang": a bare army noun opening a title is the state's
    armed force the document named last (a body of a state whose name or kind says so)."""
    if len(title) < 2 or title[0].lower_ not in da.kb.lexicon.words_of("military_descriptor"):
        return None
    return last_armed_force(da, title.start)


def _descriptor_affiliation(span: Span, da: DocumentActors) -> str | None:
    """"the country's" -> the last state named before; "the group's" -> the last group."""
    groups = da.kb.lexicon.words_of("group_descriptor")
    for t in span:
        kind = da.kb.lexicon.descriptors.get(t.lower_)
        if kind == STATE_KIND and any(c.text in PARTICLES_OF_NAME for c in t.children):
            return da.last_actor(span.start, lambda a: da.protos[a].type == STATE)
        if t.lower_ in groups and any(c.text in PARTICLES_OF_NAME for c in t.children):
            return _last_group(da, span.start)
    return None


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _last_group(da: DocumentActors, before: int) -> str | None:
    """The group "the group's" refers to: the last named as a clause subject (or its conjunct)
    before token ``before``, else the last named ("Al Shabab, which ... undermine Somalia's
    UN-backed government, claimed responsibility ... the group's spokesman" -> Al Shabab, not
    the UN of a modifier), as the relation rules read "the group"; never a news outlet, which
    reports ("..., Reuters said. The group's leader" is not Reuters' leader)."""
    named = sorted((m for m in da.mentions if m.span.start < before and da.protos[m.actor].type == GROUP
                    and not da.is_media(m.actor)),
                   key=lambda m: m.span.start, reverse=True)
    for m in named:
        root = m.span.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        if root.dep_ in _SUBJECT_DEPS:
            return m.actor
    return named[0].actor if named else None
