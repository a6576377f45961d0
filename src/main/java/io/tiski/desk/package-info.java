/**
 * The agent desk: the one screen agents work from (queues, their conversations, the chat). The
 * page is Faces; what changes live comes over the agent's live line (/ws/agent) and is drawn by
 * the desk's script, so typing and sending never wait for a Faces round trip. Each agent's alert
 * preferences (sound, tab flash) are kept here too.
 */
package io.tiski.desk;
