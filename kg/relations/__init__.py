"""Find the relations between the actors of a parsed document.

Each construction is one small rule over the dependency parse, named for it, that
returns what it finds (:class:`~kg.relations.found.Found` records):

==============================  ===========================================================
``clause.clause``               active and passive clauses: subject, verb frame, object
                                ("Israel struck X", "X was struck by Y", "met with X")
``response.military_response``  "Pakistani troops fired ... Indian troops responded" -> the
                                responder ASSAULT the last attacker on its side
``between.passive_between``     "an agreement was signed between X and Y", "talks were held
                                between X and Y": the named parties, every pair
``pitted.pitted_sides``         "a civil war pitting X against Y", "the fighting pitted X against Y"
                                -> X ASSAULT Y
``deployment.deployed_force``   "Nato peacekeepers were sent to help police at X": the forces'
                                side MOBILIZE the places (an agentless passive deployment)
``headline.headline_pair``      a headline's "Russia, Ukraine sign deal": the comma's two parties
``participle.participle``       "Qatar, backed by Egypt" and "Iran-backed Hezbollah"
``nominal.nominal_event``       event nouns: "Israel's assault on X", "Israeli airstrikes",
                                "a Hamas rocket", "talks between X and Y", "X came under fire"
``clause.displacement_order``   "Israel told civilians to leave X" -> COERCE X
``expulsion.expulsion_order``   "gave the French ambassador 48 hours to leave" -> SANCTION
``demand.demanded_event``       "called for talks with North Korea" -> REQUEST North Korea; "called for
                                the AU to act" -> REQUEST African Union (also a noun: "her calls for X to")
``demand.answered_request``     "Mexico accepted the U.S. request" -> US REQUEST Mexico; a refusal
                                of it: REJECT
``demand.ultimatum_request``    "gave Abuja a 48-hour ultimatum" -> REQUEST Nigeria
``nominal.alliance``            "Turkey, Azerbaijan's closest ally" -> COOPERATE
``membership.membership``       "TFTC, a group that includes Saudi Arabia and Qatar" -> each member
                                COOPERATE the body; "the region, comprising A and B" -> LOCATED_IN
``location.described_place``    "southern Gaza's main city" -> the city lies in Gaza
``affiliation.affiliation``     titles and institutions: "Israeli spokesperson Eylon Levy",
                                "the Israeli military"
``evaluation.evaluative_accusation``  "X said Y was lying", "X called Y's attack an act of war"
                                -> X ACCUSE Y
``appraisal.praised_act``  "commended Egypt's mediation" -> SUPPORT Egypt
``evaluation.grievance_accusation``  "expressed concern about Israel's strikes" -> ACCUSE Israel
``evaluation.wanted_accusation``  "a commander wanted by US authorities for bombings" -> US ACCUSE him
``evaluation.reason_accusation``  "severed links with Qatar over Doha's support for X" -> ACCUSE Qatar
``evaluation.judged_act``       "'... Russia launched its illegal aggression,' Borrell said" -> ACCUSE Russia
``threat.conditional_threat``  "threatened to close the strait if the US attacked" -> THREATEN US
``authority.denied_authority``  "said China has no right to represent Taiwan" -> REJECT China
``summons.summoned_envoy``      "summoned Moldova's top envoy" -> ACCUSE Moldova (+ REQUEST
                                for a purpose that demands)
``talks.talks_anaphor``         "the talks stalled", "after the meeting": CONSULT between the
                                parties of the text's last talks (else the sides at war)
``talks.accord``                "a swap agreed by X and Y at peace talks": CONSULT between the
                                parties of an accord reached at talks
``travel.journey``              "Petro flew to Cuba", "the delegation arrived in the Egyptian
                                capital": a person or delegation CONSULT the state it travels to
``complaint.lodged``            "Lebanon submitted a complaint to the UN Security Council":
                                CONSULT the body (an international one, or its officer)
``claims.identified_attackers``  "the attackers belong to X": X ASSAULT what the attack before
                                struck
``mediation.mediator_role``     a mediator named by a role noun: "acting as a mediator in the
                                crisis", "truce broker X", "under the auspices of X"
``settlement.settlement_effort``  an outsider's effort to settle the conflict: "the UN envoy, who
                                is seeking to revive negotiations" -> MEDIATE the article's parties
``location.location``           "X, a town on the edge of Y", "the Y city of X", "X on Y's edge",
                                "X, Y" (a place then its country); the GeoNames/knowledge-base
                                country of a place is a node attribute (``country``)
==============================  ===========================================================

Verb and noun frames come from the lexicon (``ontology/lexicon``) and every word a
rule knows from ``words.tsv``; the rules hold no verbs. The other modules:

=================  ==========================================================================
``arguments``      the actors a noun phrase stands for (coordination, modifiers, partitives)
``subjects``       who does what a verb says (control, coordination, relative clauses)
``coreference``    pronouns, "the group/city/country", appositive descriptions, cataphora
``anaphora``       descriptions without a name: "the four countries", "militants", "the junta",
                   "the attack"; the kinds of actor they stand for
``discourse``      the discourse state: what the text has named so far, the sides at war
``frames``         which lexicon frame stands with a verb or an event noun
``modality``       modality (negated, hypothetical, future, demanded, alleged) and source
``index``          the candidate tokens of each rule, found once per document (numpy)
``assemble``       found relations -> deduplicated :class:`kg.records.Relation` records
=================  ==========================================================================
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..records import Relation
from .affiliation import affiliation
from .anaphora import armed_groups
from .appraisal import praised_act
from .assemble import to_relations
from .authority import denied_authority
from .between import passive_between
from .claims import identified_attackers
from .clause import clause, displacement_order
from .complaint import lodged_complaint
from .demand import answered_request, demanded_clause_of_noun, demanded_event, ultimatum_request
from .deployment import deployed_force
from .descriptions import appositive_descriptions
from .discourse import Discourse
from .evaluation import evaluative_accusation, grievance_accusation, judged_act, reason_accusation, wanted_accusation
from .expulsion import expulsion_order
from .found import BetweenSides, Found
from .headline import headline_pair
from .index import TokenIndex
from .location import described_place, location
from .measures import aimed_measures
from .mediation import mediator_role
from .membership import membership
from .nominal import alliance, nominal_event, truce_sides
from .participle import participle
from .pitted import pitted_sides
from .response import military_response
from .settlement import settlement_effort
from .summons import summoned_envoy
from .talks import accord_at_talks, talks_anaphor
from .threat import conditional_threat
from .travel import journey

if TYPE_CHECKING:
    from ..actors import DocumentActors

#: The rules, in the order they read each sentence. ``described_place`` reports the
#: places the rules before it described; the sides at war are resolved after the last.
RULES = (clause, military_response, pitted_sides, passive_between, deployed_force, headline_pair, participle, nominal_event,
         displacement_order, expulsion_order,
         demanded_event, demanded_clause_of_noun, answered_request, ultimatum_request, alliance, membership, mediator_role,
         settlement_effort, evaluative_accusation, praised_act, grievance_accusation, wanted_accusation, judged_act,
         reason_accusation, summoned_envoy, conditional_threat, denied_authority, talks_anaphor, accord_at_talks, journey,
         lodged_complaint, identified_attackers, described_place, affiliation, location)

__all__ = ["RULES", "BetweenSides", "Discourse", "Found", "extract_relations"]


def extract_relations(da: DocumentActors) -> tuple[Relation, ...]:
    """All relations of one document, in text order, deduplicated per sentence.

    A knowledge folder's discard phrase (:meth:`kg.ontology.Ontology.discard`) drops the
    sentence holding it, or with ``story`` the whole document, as PETRARCH does.
    The discourse state goes along the sentences: the sides an accord names are
    known before the sentence's rules run; what the rules found then updates the
    sides at war, and the relations waiting for them are resolved.
    """
    kb = da.kb
    sents = list(da.doc.sents)
    dropped = [kb.discard(s.text, applied=True) for s in sents] if kb.discard(da.text, applied=True) else []
    if any(d is not None and d.story for d in dropped):
        return ()   # a story a knowledge folder's discard drops ("+TYPHOON")
    ds = Discourse.of(da, appositive_descriptions(da), armed_groups(da))
    index = TokenIndex.of(da.doc, kb.lexicon)
    found: list[tuple[Span, Found]] = []
    for n, sent in enumerate(sents):
        if dropped and dropped[n] is not None:
            continue   # a sentence it drops ("BASEBALL")
        ds.saw_sides(truce_sides(sent, da, ds, index))
        here: list[Found | BetweenSides] = []
        for rule in RULES:
            here.extend(rule(sent, da, ds, index))
        here = aimed_measures(here, da)   # "sanctions targeting X": SANCTION, not ASSAULT
        # a relation resolved by a later sentence keeps its own sentence
        found.extend((f.trigger.sent if f.trigger.sent.start < sent.start else sent, f) for f in ds.read(here))
    found.sort(key=lambda sf: sf[0].start)
    return tuple(to_relations(found, da, ds))
