package io.newsdesk.answer;

/** Receives an answer as it is produced: text as it streams, then the final, checked answer. */
public interface AnswerListener {

    /** A piece of answer text, in order. */
    void onText(String delta);

    /** The complete answer; its text equals the concatenated deltas unless the answer was repaired. */
    void onComplete(Answer answer);
}
