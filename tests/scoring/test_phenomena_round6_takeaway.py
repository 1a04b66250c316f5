"""Generic thanks read as takeaways, and real takeaways missed (round 6): praise of the
organisation by name ("hearing about Brightline"), the field they work in, vague nouns
("the exciting projects", "the culture there"), a word cut in half before a cue; and what is
learned said as surprise ("I was struck by how ...") or as news ("I had never realised ...")."""

from __future__ import annotations

import pytest

from infoint.scoring import check_thank_you

GENERIC = [
    (
        "Dear Ana, thank you for meeting me yesterday. I really enjoyed hearing about "
        "Brightline and all the exciting projects your team is working on. Best, Sam"
    ),
    (
        "Hi Joe, thanks for your time on Friday. I appreciate your insight into a "
        "possible career with your organization. Regards, Lin"
    ),
    (
        "Dear Ms. Cole, thank you for sharing your journey at Harwick Bank with me. It "
        "was very inspiring. Sincerely, Eli"
    ),
    (
        "Hi Raj, it was great to learn more about what you do at Pinebrook. Thanks again!"
        " Mo"
    ),
    (
        "Dear Tom, your advice was invaluable and I learned so much from our "
        "conversation. Best wishes, Ada"
    ),
    (
        "Hello Kim, thank you for the informative chat about the marketing world. I "
        "gained a lot of perspective. Cheers, Bo"
    ),
    (
        "Dear Dr. Park, I appreciated hearing your thoughts on the field and everything "
        "you shared about your path. Kind regards, Ivy"
    ),
    (
        "Hi Lena, thank you for explaining your role and answering all my questions so "
        "patiently. Best, Noor"
    ),
    (
        "Dear Mr. Hale, thank you for telling me about Fenwick Foods and the culture "
        "there. I enjoyed it. Sincerely, Ray"
    ),
    (
        "Hi Sue, I learned a ton about the day-to-day and about what makes people "
        "successful in this business. Thanks! Kai"
    ),
    (
        "Dear Paula, thanks for the great conversation. Everything you said about the "
        "company was fascinating. Warmly, Gus"
    ),
    (
        "Hi Dev, thank you for talking with me about your experiences in consulting. It "
        "gave me a lot to think about. Best, Pia"
    ),
    (
        "Hi Marco, many thanks for the coffee and for giving me a glimpse into life at "
        "Corvid Studios. Take care, Zoe"
    ),
    (
        "Dear Ms. Obi, I truly valued your candid perspective on working in public "
        "health. Thank you, Femi"
    ),
    (
        "Hello Priya, thank you for an eye-opening conversation about product management "
        "at Tessellate. Best, Owen"
    ),
    (
        "Dear Alan, I'm grateful you took the time to walk me through what your days look"
        " like. Sincerely, June"
    ),
    (
        "Hi Beth, our talk confirmed my interest in the legal field. I appreciate all the"
        " information you provided. Best, Cal"
    ),
    (
        "Dear Mr. Ruiz, thank you for discussing your career path and the opportunities "
        "at Mendel Labs. Regards, Tia"
    ),
    (
        "Hi Noah, it was wonderful to hear about your experience at the firm and the work"
        " you do every day. Cheers, Liv"
    ),
    (
        "Dear Helen, thanks for the helpful overview of the architecture profession. Warm"
        " regards, Ben"
    ),
]

SPECIFIC = [
    (
        "Dear Ana, thank you for meeting me yesterday. Your point that most hospital "
        "pharmacists spend their mornings on ward rounds changed how I picture the job. "
        "Best, Sam"
    ),
    (
        "Hi Joe, thanks for Friday. I've already signed up for the GIS evening course you"
        " mentioned. Regards, Lin"
    ),
    (
        "Dear Ms. Cole, I had no idea that audit juniors rotate between clients every few"
        " weeks. Sincerely, Eli"
    ),
    (
        "Hi Raj, hearing how you moved from classroom teaching into UX research gave me a"
        " clear route to try. Thanks again! Mo"
    ),
    (
        "Dear Tom, I will follow your advice and build a small portfolio of three case "
        "studies before applying. Best wishes, Ada"
    ),
    (
        "Hello Kim, your tip about joining the regional press association is one I plan "
        "to act on this month. Cheers, Bo"
    ),
    (
        "Dear Dr. Park, the way you described grant deadlines shaping the lab's whole "
        "year stuck with me. Kind regards, Ivy"
    ),
    (
        "Hi Lena, thank you for suggesting I talk to someone in procurement as well; I've"
        " written to Mara Ode. Best, Noor"
    ),
    (
        "Dear Mr. Hale, I was surprised that food scientists spend so much time on "
        "regulatory paperwork. Sincerely, Ray"
    ),
    (
        "Hi Sue, knowing that shift patterns settle after the first year makes nursing "
        "feel much more doable. Thanks! Kai"
    ),
    (
        "Hi Marco, your warning that junior animators often work weekends before a "
        "release was useful to hear. Take care, Zoe"
    ),
    (
        "Dear Ms. Obi, I'm going to look into the MPH programmes at Leeds and Sheffield "
        "you listed. Thank you, Femi"
    ),
    (
        "Hello Priya, I was struck by how much of a PM's week goes into writing specs. "
        "Best, Owen"
    ),
    (
        "Dear Alan, I had never realised that site surveyors need a drone licence now. "
        "Sincerely, June"
    ),
    (
        "Hi Beth, thanks for recommending I volunteer at the legal aid clinic first. "
        "Best, Cal"
    ),
    (
        "Dear Mr. Ruiz, I've already emailed the lab-automation group you pointed me to. "
        "Regards, Tia"
    ),
    (
        "Hi Noah, the idea of keeping a log of every client win for my review stayed with"
        " me. Cheers, Liv"
    ),
    (
        "Dear Helen, thanks for explaining how Part 3 exams work and why most people take"
        " them after year four. Warm regards, Ben"
    ),
]


@pytest.mark.parametrize("note", GENERIC)
def test_generic_thanks_name_no_takeaway(note):
    assert check_thank_you(note).level("specific-takeaway") == "fail"


@pytest.mark.parametrize("note", SPECIFIC)
def test_something_learned_is_a_takeaway(note):
    assert check_thank_you(note).level("specific-takeaway") == "pass"


def test_a_name_passed_on_as_advice_still_counts():
    note = "Dear Ivo, thank you for your tip about Coursera's audit option. Best, Rae"
    assert check_thank_you(note).level("specific-takeaway") == "pass"


_MET = "Dear Ana, thank you for Tuesday; your point about night shifts was useful. "


@pytest.mark.parametrize(
    "close",
    [
        "I'll be sure to tell you which offer I take.",
        "If you're ever in Leeds, coffee is on me.",
        "Would you mind if I reached out again once I've finished my course?",
        "Once I hear back from the programme, I'll drop you a line.",
    ],
)
def test_a_door_kept_open_in_other_words(close):
    assert check_thank_you(_MET + close + " Best, Sam").level("asks-to-stay-in-touch") == "pass"


@pytest.mark.parametrize(
    "close",
    ["I won't take up any more of your time.", "Please give my regards to Tom.",
     "I hope the move to the new office goes smoothly."],
)
def test_a_kind_close_is_no_door(close):
    assert check_thank_you(_MET + close + " Best, Sam").level("asks-to-stay-in-touch") == "fail"


def test_hoping_to_talk_with_the_referred_person_keeps_no_door_open():
    note = (
        "Hi Priya, thank you for suggesting I contact Marco Diaz; your point that agencies "
        "hire through social media first was new to me. I have sent him my CV and hope to "
        "talk with him about the overseas plans. Warmly, Dana"
    )
    assert check_thank_you(note).level("asks-to-stay-in-touch") == "fail"


def test_carrying_on_the_conversation_keeps_the_door_open():
    note = (
        "Hi Sam, what you said about screen readers was exactly what I needed. I'd love to "
        "carry on the conversation over coffee some time. Best, Lee"
    )
    assert check_thank_you(note).level("asks-to-stay-in-touch") == "pass"


@pytest.mark.parametrize("stretched", ["soooo", "pleeease", "greaaat"])
def test_a_word_stretched_like_speech_is_not_professional(stretched):
    note = f"Dear Ms. Hale, thank you {stretched} much for the time yesterday. Best, Ray"
    assert check_thank_you(note).level("professional-tone") == "fail"


def test_roman_numerals_and_web_addresses_are_not_stretched_words():
    note = (
        "Dear Ms. Hale, thank you for explaining the Part iii exams; I found the syllabus on "
        "www.example.org as you said. Best, Ray"
    )
    assert check_thank_you(note).level("professional-tone") == "pass"
