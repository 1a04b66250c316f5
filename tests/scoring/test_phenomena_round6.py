"""Round 6: the many shapes a disguised job, internship or referral ask takes (issue #12),
written from what counsellors warn about rather than from any corpus case, so that the job
rule reads the idea and not the dev corpus's wording. Beside them, what must stay a pass:
questions on the field's job market, thanks for a referral given, a denial, the reader's
own story, and the sender's past told as a story."""

from __future__ import annotations

import pytest

from infoint.scoring import check_outreach, check_questions, check_thank_you
from tests.scoring.phenomena_shapes import in_email as _email
from tests.scoring.phenomena_shapes import in_note as _note
from tests.scoring.phenomena_shapes import in_request as _request


def _questions(question: str) -> list[str]:
    return ["How did you get started?", question, "What advice would you give me?"]


@pytest.mark.parametrize(
    "sentence",
    [
        # waiting for a vacancy, or asking to be remembered
        "If anything opens up on your team, please keep me in mind.",
        "Should a vacancy arise, please think of me.",
        "Could you keep an eye out for anything that might suit me?",
        "Let me know if you come across anything.",
        "I'd love for you to consider me when you next hire.",
        # wanting to belong there
        "I'm hoping to join your team after graduation.",
        "I would love to be part of your team.",
        "I'd love to be a part of the Lumen family.",
        "I'd love to come aboard.",
        "I'd love to intern with you next summer.",
        "I'd love to be your next intern.",
        "I'm very interested in the work your company does, and I'd like to be a part of it.",
        "I'm reaching out because I'm interested in a career at Solent.",
        # a referral, a reference, or the résumé passed on
        "Could you pass my résumé along to your hiring manager?",
        "Would you be willing to share my résumé with your team?",
        "Could you help me get my résumé in front of the right people?",
        "Could you introduce me to someone in recruiting?",
        "I'd welcome any introductions to hiring managers you know.",
        "Could you connect me with someone on the hiring side?",
        "I'd be grateful if you could put in a word for me with the hiring team.",
        "Could you mention me to your manager?",
        "Would you be a reference for me?",
        "Is there someone at your firm I should send my CV to?",
        # whether they hire, or need someone
        "Is your office looking for help this summer?",
        "Does your team ever bring on interns?",
        "Do you have any need for a bookkeeper?",
        "I'm calling to see if you need any help in the shop.",
        "If you're ever looking for a copywriter, I'd be glad to help.",
        "Are there any staffing needs at your clinic?",
        "Could you tell me if your department has any open slots for interns?",
        "Please let me know if there are any suitable opportunities.",
        "If there's anything available for a junior designer, I'd love to know.",
        # a job letter's own phrases
        "I'm writing to express my interest in joining Halcyon.",
        "I'd like to throw my hat in the ring.",
        "I'd welcome the chance to show you what I can do.",
        "I'd be thrilled to put my skills to work for your organisation.",
        "I'd be delighted to contribute to your team's success.",
        "My skills and experience align well with your needs.",
        "I am confident my skills would make me a valuable member of your staff.",
        "I look forward to discussing my qualifications with you.",
        "Enclosed is my résumé for your consideration.",
        "I'd love to come in for an interview.",
        "I would welcome the opportunity to interview with your team.",
        "I'd appreciate any help you could give me in landing an interview.",
        "I am seeking employment as a dental hygienist.",
        "I recently submitted an application to your company.",
        "Could you check on the status of my application?",
        "I'm applying for the analyst program at your company.",
        "I'd like to apply to your company.",
        "I want to get hired at Cedar.",
        "I'd be glad to help out at your studio in any capacity.",
        # a route in for the sender
        "Any advice on how I might land a role at your firm would be welcome.",
        "I'd like to explore whether there's a fit for me at your organisation.",
        "Might your company be looking for someone with my skills?",
        "I'd love to connect about roles on your team.",
        "Would love to chat about the SDR role at Vantage.",
        "I'm a huge fan of Quill and would jump at the chance to work there.",
        "Is there an opportunity for me?",
        "I'd be grateful for any opportunity to prove myself.",
        "Could you let me know who I should contact about internships?",
        "I applied online last week and wanted to reach out directly.",
        "Would it be possible to intern with you this summer?",
        "Please consider this my application.",
        "I'm excited about the possibility of joining your team.",
        # hedged, but still asking: the negation is not of the asking
        "No pressure, but if you hear of any openings, let me know.",
        "I'm not sure if you're hiring, but I'd love to be considered.",
        "I don't want to be presumptuous, but are there any openings on your team?",
        # a call about a job
        "I was wondering if I could come in and fill out an application.",
        "Is your team growing at the moment?",
        "Are you the right person to speak to about design internships?",
        "Could you share any insight into the interview process for the analyst role?",
    ],
)
def test_disguised_job_asks_in_outreach_fail(sentence):
    assert check_outreach(_email(sentence)).level("asks-for-job") == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        "What is the job market like for new graduates in this field?",
        "I'm not asking for a job; I only want to learn how you work.",
        "How did you get your job at Fenwick?",
        "What jobs do people in this field usually move on to?",
        "When I applied for jobs last year, I found few openings in policy.",
        "I'd love to hear how you got your foot in the door at Brightwell.",
        "I'd love to hear how you got hired at Brightwell.",
        "How did you know you were ready to apply for your first management job?",
        "I'm interested in your role as a curator.",
        "Your team's recent hiring of new graduates caught my eye.",
        "I was referred to you by Dana Ruiz.",
        "I recently accepted a position at Grainger and want to learn about the wider field.",
        "I'm hoping to get my foot in the door in publishing one day, so I'd love your advice.",
        "I'd love to hear how you moved from teaching into your current role.",
        "Do you know anyone else I could talk to about the field?",
        "It would mean a lot to put my skills to work on projects like yours.",
        "I'm not expecting a job offer, just your perspective.",
        "This is not a request for a job or a referral.",
        "Not asking for a job, just 15 minutes of your time.",
        "I would never ask you for a job; I just want advice.",
        "I'm currently between jobs and thinking about what comes next.",
        "I'd like to learn what skills matter for roles in this field.",
        "I'm trying to decide between an MBA and a job in consulting.",
        "Your post about hiring junior designers was thoughtful.",
        "I'd love to learn about the role data plays in your work.",
    ],
)
def test_what_only_mentions_jobs_in_outreach_passes(sentence):
    assert check_outreach(_email(sentence)).level("asks-for-job") == "pass"


@pytest.mark.parametrize(
    "question",
    [
        "Is your team hiring right now?",
        "How can I get my foot in the door at your company?",
        "Would I be a good fit for your team?",
        "Do you have any advice on getting a job at your company?",
        "Could I work for you this summer?",
        "What are my odds of landing a position at your agency?",
        "Could you help me get an interview at your company?",
        "What positions are open at your company?",
        "How can I stand out when applying to your company?",
        "When does your company usually recruit interns?",
        "Is there room on your team for a junior analyst?",
        "Could you keep me in mind if a role opens up?",
        "Do you know anyone who is hiring?",
        "What positions do you have available?",
        "What's the best way to get noticed by your recruiters?",
        "Would it be possible to intern with you?",
        "Could I send you my résumé for your team?",
        "Are you currently looking for interns?",
    ],
)
def test_job_asks_in_a_question_list_fail(question):
    assert check_questions(_questions(question)).level("asks-for-job") == "fail"


@pytest.mark.parametrize(
    "question",
    [
        "What is the job market like for new graduates?",
        "How did you get your job?",
        "How did you get hired at your company?",
        "What jobs do people in this field move on to?",
        "What do hiring managers look for in a junior candidate?",
        "Is the field hiring much these days?",
        "How competitive are internships in this industry?",
        "What's the best way to find openings in this field?",
        "Would you mind looking at my résumé?",
        "What positions did you have before this one?",
        "What do recruiters in this field look for?",
        "What qualifications do employers want for entry-level positions?",
        "Should I do an internship before applying for full-time roles?",
        "What do you wish you had known before applying for jobs?",
        "Are there professional associations that post job openings?",
        "How do I know if a job is a good fit for me?",
        "What kinds of jobs are available to someone with my background?",
        "How competitive is it to get a job at a firm like yours?",
        "How has your role changed since you were hired?",
        "Could you refer me to anyone else I should talk to?",
    ],
)
def test_questions_about_jobs_in_general_pass(question):
    assert check_questions(_questions(question)).level("asks-for-job") == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "Please keep me in mind should any openings arise on your team.",
        "I'd be grateful if you could pass my résumé to the hiring manager.",
        "I'd love to be considered for the role you mentioned.",
        "Do let me know if you hear of any vacancies.",
        "I'd be glad to be considered if anything comes up.",
        "If you could introduce me to your recruiter, I'd be very grateful.",
        "I would love to be considered if an opening comes up.",
        "Is there any chance you could forward my résumé to Ms. Cole?",
        "It would be a dream to work for Orchard one day.",
        # after a job interview
        "I look forward to working with Northgate and appreciate your consideration.",
        "I would love the opportunity to learn and grow with Lattice.",
        "I want to reiterate my strong interest in the position.",
        "Thank you for considering my application.",
        "I would be honoured to work with your team someday.",
    ],
)
def test_job_asks_in_a_thank_you_fail(sentence):
    assert check_thank_you(_note(sentence)).level("asks-for-job") == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for the referral to your colleague, Ms. Ito.",
        "Thanks for introducing me to Priya; I've written to her.",
        "Thank you for passing my name along to Dr. Park.",
        "I'm grateful for your offer to connect me with your former manager.",
        "I'm not asking for a job, but I'd love to stay in touch.",
        "I've already applied for two jobs using your tips on cover letters.",
        "It was interesting to hear how you landed your role at Harper.",
        "Happy to help if you ever need a hand.",
        "Thank you for offering to refer me for the analyst role.",
        "Your tip on tailoring each application was very helpful.",
        "Thank you for sharing the job posting with me.",
        "Thank you for explaining what your firm looks for in new hires.",
        "Thanks for suggesting I look at openings at the county.",
        "I'll let you know how my job search goes.",
        "Thank you for explaining how the hiring process works in hospitals.",
    ],
)
def test_thanks_for_a_referral_or_advice_passes(sentence):
    assert check_thank_you(_note(sentence)).level("asks-for-job") == "pass"


@pytest.mark.parametrize(
    "script",
    [
        "Hi Ms. Okafor, this is Leo Grant, a junior at Brookline studying nursing. Professor "
        "Hale suggested I call. Would you have fifteen minutes next week to tell me about your "
        "work in the ICU? My number is 555-0199.",
        "Hello Mr. Diaz, my name is Ana Cruz and I'm a senior at Fairview. I was hoping you "
        "might have fifteen minutes to talk about your path into audit. You can reach me at "
        "555-0123.",
        "Good morning, Dr. Reyes. My name is Tom Lee, a biology student at Ashford. If you have "
        "a few minutes this month, could we talk about your research? My number is 555-0177.",
    ],
)
def test_a_call_with_a_greeting_and_a_courteous_ask_is_polite(script):
    assert check_outreach(script, channel="phone").level("polite") == "pass"


@pytest.mark.parametrize(
    "script",
    [
        # no greeting
        "This is Leo Grant. Would you have fifteen minutes next week? My number is 555-0199.",
        # a demand
        "Hi Ms. Okafor, this is Leo Grant. Would you have a minute? Call me back at 555-0199.",
    ],
)
def test_a_call_without_a_greeting_or_with_a_demand_is_not(script):
    assert check_outreach(script, channel="phone").level("polite") == "fail"


def test_in_writing_a_courteous_ask_alone_is_not_enough():
    text = "Hi Ms. Okafor, this is Leo Grant. Would you have fifteen minutes next week?"
    assert check_outreach(text).level("polite") == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm trying to get a feel for whether product management suits me.",
        "Could we chat about what drew you to conservation?",
        "I'm moving into data science and would love to compare notes on your switch.",
        "Would you share a few thoughts on starting out in journalism?",
        "I'm hoping for a conversation about careers in architecture.",
        "Would you mind telling me a little about your work?",
        "I'm hoping to hear first-hand what the job involves.",
        "Could you tell me how you prepared for the licensing exam?",
        "Could we talk about what your first year in the role was like?",
    ],
)
def test_wishes_to_learn_in_other_words_pass(sentence):
    text = f"Dear Ms. Lane, I'm Jo Park, a student at Elm College. {sentence} Thank you, Jo"
    assert check_outreach(text).level("informational-purpose") == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd love an informational interview with someone at your firm.",
        "Could I drop by your office next week to talk about careers?",
        "I'd love to pick your brain.",
    ],
)
def test_a_vague_purpose_still_fails(sentence):
    text = f"Dear Ms. Lane, I'm Jo Park, a student at Elm College. {sentence} Thank you, Jo"
    assert check_outreach(text).level("informational-purpose") == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        "Dr. Kim told me you'd be the best person to ask about clinical trials.",
        "Professor Lin said you know more about soil science than anyone.",
        "You went from nursing into hospital administration, the move I hope to make.",
        "Since you also studied physics before moving into finance, you'd understand my plan.",
        "You're the only alum I found working in marine policy.",
        "I read your answer on the forum about switching to data science.",
        "I loved your episode of the Design Matters podcast.",
        "I came across your essay on leaving academia and it stayed with me.",
        "You've spent a decade in conservation finance, which is the niche I hope to enter.",
    ],
)
def test_reasons_for_writing_to_this_person_pass_why_you(sentence):
    assert check_outreach(_request(sentence)).level("why-you") == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "I see that you are an alum of Elm College too.",
        "I'd love to hear about your work at the company.",
        "I'd love to hear how you went from nursing into administration.",
    ],
)
def test_a_school_in_common_or_a_topic_is_no_reason(sentence):
    assert check_outreach(_request(sentence)).level("why-you") == "warn"
