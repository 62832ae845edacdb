package cn.dangjian.application.education;

import cn.dangjian.application.document.DocumentFile;
import cn.dangjian.application.document.MediaDownload;
import jakarta.ejb.Local;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/**
 * 一堂, the air classroom: organizations make courses of lessons for an audience; members study them
 * at any hour, finish each lesson once (by passing its quiz, or saying so when it has none) and are
 * credited its hours in the study ledger; the organization sees completion per organization.
 */
@Local
public interface CourseService {
  CourseView create(CourseData data);

  /** Adds a lesson at the end of the course; answers the course. */
  CourseView addLesson(Long courseId, int expectedVersion, LessonData data);

  /** The courses for the caller as a member (their audience), newest first. */
  List<CourseView> mine();

  /** The courses made by organizations in the caller's scope, newest first. */
  List<CourseView> managed();

  CourseView course(Long id);

  LessonView lesson(Long id);

  /** Finishes a lesson without a quiz; answers the lesson. */
  LessonView finish(Long lessonId);

  /** One attempt at a lesson's quiz: per question, the chosen positions (from 0). */
  QuizOutcome answer(Long lessonId, List<Set<Integer>> answers);

  CourseCompletion completion(Long courseId);

  /** Files a lesson's material (a PDF, slides as PDF, a picture); answers the document's id. */
  Long attach(Long lessonId, String fileName, byte[] content);

  /** Uploads a lesson's video (MP4 or WebM), streamed; answers the video's id. */
  Long uploadVideo(Long lessonId, String fileName, InputStream video);

  /** The uploaded video of a lesson the caller may study or keeps. */
  MediaDownload video(Long lessonId);

  /** A material of a lesson the caller may study or keeps. */
  DocumentFile material(Long lessonId, Long documentId);
}
