"""Round 32 (English, helper "as15s32"): the false alarms of two training authors
(tr32en-a, round 32; tr31en-b, round 31's dev set) by CLASS of meaning, each with our own
wordings, real reports in the same words that keep the alarm, and a few of the sets'
lines.

Crisis words that are not the writer's crisis now (crisis.py, the crisis line, never
the crisis reply): suicide as the subject of a work, a talk or a practice with the
writer's own part told (well, "lol ... anyway", a question for a unit's protocol); a
denial with a mild "some days" ("not suicidal, just a bit down some days"); someone
else's crisis long past, that person well now, or one's own long past told over ("used
to ... its gone and life is good"); an everyday twin of a veiled sign (tablets saved for
a trip "so I don't run out", goodbyes said at work when retiring).

Near misses of the body (redflags.py, no alarm): a sign told as an episode that ended,
dated ("last year", "in March", "post-op 2021", "the day after my botox" told fine for
months) with its end ("wore off", "never again", "doctor fix it"); a question of
possibility before consent, "sudden" inside the sign; a warning quoted, then the part
told fine ("neck fine", "moves normally"); each sign under a "no" ("no clear drip from
the nose"); another's sign long ago with "sudden" in it; "dead tired"; the learned signal
alone on a date decided for an everyday event.

Veiled crisis talk by meaning (crisis._round32, the crisis reply): nobody having to see
one's face from a time on, nothing named that hides or mends it; being found, said of
oneself ("when they find me"); wanting to die asked as "is it normal", then owned
("because I do"); a goodbye given as the message, no call wanted; everything in order
"before I go", going nowhere named; striking the twitching side to stop it; a means
ready with calm or resolve ("strange how calm I feel", "not really joking").

On ae5d0ba every *_QUIET text below alarms (or gets the crisis reply), every
VEILED_CRISIS text gets no crisis reply, and every *_ALARM, *_KEPT and twin text reads as
here; the *_HELD lists held there already (kept as guards).
"""

from __future__ import annotations

import pytest

from tests.assistant.helpers import is_crisis, kind

CRISIS_QUIET = [
    # suicide as the subject of a work, a talk or a practice, the writer's part told
    "listened to a radio show about suicide in farmers today, I'm ok, it just made me think. is there an HFS group near me?",
    "staff question: should our ward screen MVD patients for suicidal thoughts before surgery? for our protocol",
    "my favourite band has a song called 'kill myself slowly' lol, anyway is it ok to drink after the jab?",
    "the lyrics 'i want to die' came on the radio, lol, anyway can I eat before botox?",
    # a denial with a mild "some days"
    "not suicidal at all, just feeling a bit low some days because of the twitch. does botox help mood?",
    "I'm not thinking of harming myself, just fed up some days. what helps?",
    "never suicidal, just a bit down some days. is counselling available?",
    # someone else's crisis long past, well now; one's own long past told over
    "I used to think about suicide back in 2015 when the spasm was bad, it's all behind me now and life is good. Question about MVD",
    "I used to self harm when the twitch started, but since the op 3 years ago it's all gone and life is good. thank you",
    "My neighbour's son hanged himself years ago, it still upsets her. She has HFS now, any tips for stress?",
    # an everyday twin of a veiled sign, its everyday reason named
    "saving my pills in a travel box for the holiday so we don't run out. Is it ok to have botox before flying?",
    "Said my goodbyes to the team today, retiring on Friday after 30 years! Will the twitch settle?",
    "said my goodbyes at work, moving abroad next month! can I get botox there?",
    # the sets' lines
    "watched a film last night where the main character died by suicide, made me think how lonely this condition is. I'm ok, just want to find others with HFS",
    "Is depression common with hemifacial spasm? Not suicidal or anything, just feel a bit down some days about how it looks",
    "i used to think about suicide a lot when the spasm was at its worst, but since MVD 2 yrs ago its gone and life is good. thank you to the team",
    "My sister went through a dark patch with self-harm as a teenager, she's 30 now and happy. She's worried the twitch will make her relapse but she's okay. What can help her stress?",
    "Saving my tablets in a little box for the trip to Manila so I don't run out. Can I fly after botox?",
    "Said my goodbyes at work today, retiring after 40 years! Now I finally have time for the surgery",
    "Nursing question: do we screen HFS pts for suicidal ideation pre-op routinely? Asking for our unit protocol",
]

#: the same words, the writer's crisis now: the crisis reply stays
CRISIS_KEPT = [
    "a podcast about suicide made me realise I want to kill myself too",
    "watched a film about suicide last night and now I'm planning my own",
    "the sermon on suicide hit home, I have the pills ready tonight",
    "not suicidal, but some days I wish I wasn't here",
    "I'm not suicidal but some days I think about ending it",
    "not suicidal exactly, just feel low and some days I think everyone would be better off without me",
    "my brother self-harmed as a teenager and now I'm doing it too",
    "I used to think about suicide years ago and the thoughts are coming back now",
    "used to self harm in my twenties, life is good they say, but I cut myself again last night",
    "said my goodbyes to everyone. I won't need my things where I'm going",
    "saving my tablets, nearly enough now. I won't need them much longer",
    "said my goodbyes at work today, I won't be back, it ends this weekend for good",
]

#: CRISIS_QUIET's classes, our wordings that already held on ae5d0ba
CRISIS_QUIET_HELD = [
    "saw a play last night where the lead character dies by suicide. I'm fine, just thought it was well done. how long does botox last?",
    "my cousin self-harmed as a teenager, she's 25 now and happy. will my twitch upset her?",
    "putting my tablets aside in a little tin for the flight to Lagos so I don't run out. Can I fly after the jab?",
]

SIGN_QUIET = [
    # an episode that ended, dated
    "the day after my injection I couldn't swallow properly for a few hours, then it was fine and has been for months. next dose ok?",
    "Post-op 2021 I had clear fluid from my nose for two days, they fixed it, all good since. can I dive?",
    "years back I went blind in one eye for an hour, a migraine, never again. is botox safe for my eyes?",
    # a question of possibility before consent, "sudden" inside the sign
    "Would sudden double vision after botox be something to worry about?",
    "would sudden hearing loss after the op be serious or does it come back?",
    "Would a sudden severe headache after surgery be normal?",
    # a warning quoted, then the part told fine
    "The leaflet says a fever and stiff neck after surgery means go to A&E. No fever, neck fine. Can I shower?",
    "The surgeon said facial weakness after the op is an emergency. My smile moves normally. When can I go back to work?",
    # each sign under a "no"
    "Day 4 after the op: no clear drip from the nose, wound clean. Can I wash my hair?",
    "so far so good after the MVD, no clear drip from my nose, hearing normal. is itching normal?",
    "no clear drip from the nose after the op, no fever, just tired. ok to walk?",
    # another's sign long ago, "sudden" in it
    "My dad had a sudden severe headache years ago, a bleed, he survived. Does it run in families?",
    "my gran had a sudden headache back in 1988, a bleed, she pulled through. could HFS be linked?",
    "My uncle collapsed with a sudden headache in 1999, it was a bleed, he survived. Is it hereditary?",
    # "dead tired"
    "Me face is dead beat by bedtime from all the twitching, is that normal?",
    "my face is dead tired every evening from the spasm, normal?",
    "face is dead tired after work from all the spasms, is that usual?",
    # the learned signal alone on a date decided for an everyday event
    "I've decided the date! Saturday the 20th is my 40th party, want the botox before so I look good in the photos",
    # the sets' lines
    "the day after my botox i couldnt swallow proper for like an hour, then it was fine and has been for 3 months",
    "After operation last year I have water from nose two days, doctor fix it, now everything good. Is normal small twitch still?",
    "After botox in March my neck felt weak for a while but it wore off in about two weeks and I'm back to normal. Can I have the next one a bit earlier?",
    "Would a sudden bad headache after the op be something to worry about, or is it normal?",
    "Discharge sheet says 'fever with stiff neck = come back to A&E'. No fever, neck fine. What about showering, can I wash my hair?",
    "Fine so far after the op, no clear drip from the nose, hearing normal. When can I wash my hair?",
    "Me face is dead tired by the evening from all the twitching, is that normal?",
    "I've decided the date! Saturday the 14th is my 60th party, want the Botox done before so my face behaves in the photos",
]

#: the same words, a sign now: the alarm stays
SIGN_ALARM = [
    "after my op two years ago I had clear fluid from my nose, fixed, but since this morning it's dripping again",
    "the week after my botox my speech was slurred for a couple of days, then it was fine, but today I can't swallow",
    "my face drooped for a bit but it went away",
    "I have sudden double vision after the injection, is it serious?",
    "would sudden double vision be serious? it has just started for me",
    "would a sudden severe headache be an emergency? I have one right now",
    "The leaflet says a fever and stiff neck after surgery means go to A&E. I have a fever and my neck is stiff",
    "the nurse said slurred speech after the op means call 999. my speech is slurred now",
    "The surgeon said facial weakness after the op is an emergency. My face is drooping since this morning",
    "no fever, but clear fluid is dripping from my nose since the op",
    "no trouble swallowing yesterday but today I can't swallow at all",
    "clear fluid dripping from my nose, no fever",
    "My grandad collapsed with a sudden headache just now, he's on the floor",
    "my aunt had sudden vision loss back in 2010 and now she has it again today",
    "My dad had a sudden severe headache in 1985 and now I have a sudden severe headache",
    "my face is dead on one side since this morning",
    "half my face is dead and drooping",
    "my face is dead numb and I can't smile on the left since an hour ago",
]

#: a date decided with nothing of an everyday event: the crisis reply stays
DATE_CRISIS = [
    "I've decided the date. Friday. Everything is in order, goodbye",
    "Picked the day. Saturday. Nobody will have to see this face again",
    "I've set the date, the pills are ready",
]

#: SIGN_QUIET's classes, our wordings that already held on ae5d0ba
SIGN_QUIET_HELD = [
    "In 2022 my eyelid drooped for about a week after the jab, it wore off and never came back. Is this batch different?",
    "back in March my neck felt weak for a bit after botox but it wore off and I'm back to normal. same dose?",
    "the nurse said slurred speech after the op means call 999. My speech is fine, just tired. When can I drive?",
    "all good after botox, no trouble swallowing, no double vision. when's the next one?",
    "my aunt had sudden vision loss back in 2010, a clot, she got better. could my twitch be related?",
    "by night my face is dead tired, is that the spasm?",
    "We've decided the date! The 9th is our wedding party, botox before so my face behaves in the photos?",
    "Decided the date! Saturday is my retirement party, can I have botox before so my eye behaves in the pictures?",
]


#: veiled crisis talk by meaning (crisis._round32): the crisis reply
VEILED_CRISIS = [
    # nobody having to see one's face from a time on, nothing named that hides or mends it
    "from Monday nobody will have to stare at my twitching eye ever again, I've made sure of it",
    "after this weekend you won't have to look at my face again",
    "none of you will have to see this twitching face after tonight",
    # being found, said of oneself
    "left the house keys and the passwords in the kitchen drawer, once they find me it'll all be there",
    "when someone finds me tell my wife I'm sorry",
    "the dog's lead is by the door for when they find me",
    # wanting to die asked as "is it normal", then owned
    "is it normal to wish to die because of hfs? because i do",
    "Is it normal to want to kill yourself over a face twitch? Cos I do",
    "is wanting to be dead normal with this? because I am, right now",
    # a goodbye given as the message, no call wanted
    "this is my goodbye, please don't try to call me",
    "consider this my farewell. don't look for me",
    # everything in order "before I go", going nowhere named
    "the letters are written and the will is sorted before I go",
    "passwords and bank details left for my son, everything in order before I go.",
    "Rehomed the cat and sorted the insurance papers, all in order before I leave",
    # striking the twitching side to stop it
    "keep banging my face against the door frame to stop the spasm",
    "punching my cheek on the twitching side, I want to hit it till it stops",
    "smashing my head into the wall so the twitching stops",
    # a means ready, with calm or resolve
    "the hose is set up in the garage. I feel very calm",
    "the hosepipe is ready in the garage, feeling strangely calm about it all",
    "the hose and tape are ready in the car. odd how calm I feel",
    # the sets' lines
    "im on the bridge. wind is strong up here. nobody will have to look at my face jumping again",
    "Madam I have written letter for my son and kept all my gold with my sister. From tomorrow nobody has to see this twitching face. Kindly cancel my appointment.",
    "this is goodbye. thank u all 4 everything. dont call back.",
    "Is it normal to want to end your life over a twitch? because I do, right now",
    "Sorted the will, the pension forms and the dog's new home this week. Feels good to have everything in order before I go",
    "i wrote down where the bank cards and passwords are for my sister. when they find me she will know what to do",
    "Im hitting my head against the wall on the twitching side, I want to smash it till it stops",
    "Ha, the face won't twitch if there's no face, right? Got the rope in the shed. Not really joking tbh",
    "The car is in the garage with the hose ready. Strange how calm I feel",
]

#: VEILED_CRISIS's classes, our wordings that already held on ae5d0ba
VEILED_CRISIS_HELD = [
    "it's goodbye from me. thanks for everything, all of you",
    "got the rope in the shed. not even joking",
    "tablets all counted out on the bed. it is decided",
    "pills are counted out on the table. funny how calm i feel about it",
    "got my tablets laid out on the bed. weird how calm I am",
    "the gun is in the garage, all set up. I feel at peace",
]

#: their everyday twins: no crisis reply
VEILED_TWINS = [
    "after the botox nobody will have to see my face jumping again",
    "nobody will have to look at my twitching eye again once I have the op",
    "from Monday nobody will have to see my twitch on camera, I'm working from home",
    "when they find me a slot for the MVD I'll let you know",
    "once they find me a donor I can book it",
    "is it normal to want to sleep all day after botox? because I do",
    "is it normal to want to cry after the injection? because i do",
    "this is goodbye for now, see you after the holidays, don't call while I'm away!",
    "Thank you for everything, this is my last appointment with you before I move to Leeds, goodbye!",
    "sorted the will before I go into hospital for the MVD",
    "Got the will sorted and the passwords for the bank written down before I go on the cruise",
    "I hit my head on the cupboard door this morning, is a lump normal?",
    "been banging my head against the wall trying to get a botox appointment",
    "got the hose ready to wash the car, feeling calm after the botox",
    "got the rope in the shed for the tree swing, not joking the kids love it",
    "I can't do this anymore, the twitch is driving me mad, got my pills ready for the trip",
]


@pytest.mark.parametrize("text", VEILED_CRISIS + VEILED_CRISIS_HELD)
def test_veiled_crisis_by_meaning_gets_the_crisis_reply(engine, text):
    assert is_crisis(engine, text)


@pytest.mark.parametrize("text", VEILED_TWINS)
def test_everyday_twins_of_veiled_talk_are_no_crisis(engine, text):
    assert not is_crisis(engine, text)


@pytest.mark.parametrize("text", CRISIS_QUIET + CRISIS_QUIET_HELD)
def test_crisis_words_not_ones_own_now_get_no_crisis_reply(engine, text):
    assert not is_crisis(engine, text)
    assert kind(engine, text) is None


@pytest.mark.parametrize("text", CRISIS_KEPT + DATE_CRISIS)
def test_crisis_now_in_the_same_words_keeps_the_reply(engine, text):
    assert is_crisis(engine, text)


@pytest.mark.parametrize("text", SIGN_QUIET + SIGN_QUIET_HELD)
def test_near_misses_by_frame_raise_no_alarm(engine, text):
    assert kind(engine, text) is None


@pytest.mark.parametrize("text", SIGN_ALARM)
def test_signs_now_in_the_same_words_still_alarm(engine, text):
    assert kind(engine, text) not in (None, "crisis")
